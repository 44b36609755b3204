/**
 * Live voting benchmark (issue 12): PostgreSQL with two app processes, SSE watchers spread over both, ballots
 * cast from concurrent clients over both. One JSON line with:
 *  - ballots accepted per second (VOTING_BALLOTS, default 10 000, over votes of all members, VOTING_CLIENTS
 *    concurrent clients, default 100);
 *  - the time from a cast (its acknowledgement, on process A) to the event at every watcher on process B, p50 and
 *    p99 over VOTING_PROBES sequential probe ballots (default 20);
 *  - 200 parallel duplicate ballots of one member over both processes: how many were accepted and counted;
 *  - CPU milliseconds per ballot during the casts: the app processes together, PostgreSQL, this client (/proc).
 * To profile the app processes: APP_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/profiel" (test/support/app-process.ts).
 * VOTING_WATCHERS (default 2 000) SSE connections are held open throughout, half on each process: this process
 * holds all of them and each server half, so the open-files limit (`ulimit -n`) must exceed the watchers plus a
 * few hundred (checked below). Run: `npm run bench -- voting` (the issue's size by default).
 * On a small shared machine lower the sizes while developing, e.g. VOTING_WATCHERS=200 VOTING_BALLOTS=1000.
 * Where a cast's time goes: bench/voting-profile.ts and docs/adr/014-ballot-throughput.md.
 */

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import WebSocket from 'ws';
import { openContext } from '../src/cli/context.js';
import { seedMunicipalities } from '../src/seed/municipalities.js';
import { liveBus } from '../src/services/assembly/live-bus.js';
import { createUserAccount } from '../src/services/users/create-user-account.js';
import { issueApiToken } from '../src/services/users/issue-api-token.js';
import { prepareVote } from '../src/services/votes/prepare-vote.js';
import { SYSTEM_ACTOR, type WriteContext } from '../src/store/audit.js';
import { createMeeting } from '../src/store/repositories/meetings.js';
import { setVoteStatus } from '../src/store/repositories/votes.js';
import {
  type AppProcess,
  type EventStream,
  openEventStream,
  startAppProcess,
} from '../test/support/app-process.js';
import { startPostgresCluster } from '../test/support/postgres-cluster.js';

const WATCHERS = Number(process.env.VOTING_WATCHERS ?? 2000);
const BALLOTS = Number(process.env.VOTING_BALLOTS ?? 10_000);
const CLIENTS = Number(process.env.VOTING_CLIENTS ?? 100);
const PROBES = Number(process.env.VOTING_PROBES ?? 20);
const DUPLICATES = 200;
const CONNECTING = 50;
/** `channel` (default): ballots over the ballot channel (WebSocket, ADR 027); `http`: one POST per ballot. */
const TRANSPORT = process.env.VOTING_TRANSPORT === 'http' ? 'http' : 'channel';

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n: number) => Math.round(n * 10) / 10;

/** The soft limit of open files of this process (Linux), or null where it cannot be read. */
function openFilesLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft && soft !== 'unlimited' ? Number(soft) : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds (user + system) used so far by each process of `pids` and their children (Linux /proc). */
function cpuMs(roots: number[]): Map<number, number> {
  const stats = new Map<number, { ppid: number; ms: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // After the command name in parentheses: state ppid … utime (14th field) stime (15th), in clock ticks.
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), {
        ppid: Number(fields[1]),
        ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS,
      });
    } catch {
      // gone meanwhile
    }
  }
  const out = new Map<number, number>();
  for (const [pid, stat] of stats) {
    for (let at: number | undefined = pid, hops = 0; at && hops < 4; at = stats.get(at)?.ppid, hops += 1)
      if (roots.includes(at)) {
        out.set(pid, stat.ms);
        break;
      }
  }
  return out;
}
const CLOCK_TICKS = 100;

/** CPU milliseconds between two readings of cpuMs (a process started between counts in full). */
const cpuSpent = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

async function main() {
  const limit = openFilesLimit();
  if (limit !== null && limit < WATCHERS + 500)
    throw new Error(
      `ulimit -n is ${limit}: ${WATCHERS} watchers need at least ${WATCHERS + 500} (raise it first)`,
    );
  const cluster = await startPostgresCluster();
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-voting-'));
  const apps: AppProcess[] = [];
  const watchers: { stream: EventStream; on: number }[] = [];
  try {
    const url = cluster.url('postgres');
    const setup = await openContext(url);
    const w: WriteContext = { organisationId: setup.organisation.id, actor: SYSTEM_ACTOR };
    await seedMunicipalities(setup.db, w);
    const members = (await setup.db.selectFrom('members').select('id').execute()).map((m) => m.id);
    const today = new Date().toISOString().slice(0, 10);
    const meetingId = (await createMeeting(setup.db, w, { kind: 'alv', title: 'Bench-ALV', date: today })).id;
    const staff = await createUserAccount({
      db: setup.db,
      writer: w,
      account: { email: 'bureau@example.nl', role: 'staff' },
    });
    const { token } = await issueApiToken({ db: setup.db, writer: w, userId: staff.id, label: 'bench' });
    const newVote = async (subject: string) => {
      const vote = await prepareVote({ db: setup.db, writer: w, meetingId, subject });
      // Set open in the store: the console opens one vote of a meeting at a time, the bench wants several.
      await setVoteStatus(setup.db, w, { voteId: vote.id, from: 'created', to: 'open' });
      // Opened here, outside the app processes: tell their watchers, as the console does.
      liveBus(setup.db).notify(meetingId);
      return vote.id;
    };
    // Enough open votes that every ballot is a first ballot of its member in its vote.
    const votes: string[] = [];
    for (let i = 0; i < Math.ceil(BALLOTS / members.length); i += 1)
      votes.push(await newVote(`Stemming ${i + 1}`));
    const env = { DATABASE_URL: url, AUDIT_ANCHOR_DIR: join(dir, 'anker'), UPLOADS_DIR: dir };
    apps.push(await startAppProcess(env), await startAppProcess(env));
    const [a] = apps;

    // Casts over node:http with kept-alive connections (fetch costs this process several times more per request,
    // and this process shares the cores with the servers it measures).
    // Idle sockets are closed after 4 s, before the server's keep-alive timeout (5 s) closes them under a request.
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS + DUPLICATES, timeout: 4000 });
    const cast = (app: AppProcess, voteId: string, memberId: string, keuze = 'voor') =>
      new Promise<number | string>((resolve) => {
        const body = JSON.stringify({ keuze, lid: memberId });
        const request = httpRequest(
          `${app.base}/api/v1/stemmingen/${voteId}/stemmen`,
          {
            method: 'POST',
            agent,
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
            res.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
          },
        );
        // A connection that failed (e.g. a kept-alive socket the server had just closed): its error code, counted
        // among the refused, so the run finishes and says how often it happened.
        request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        request.end(body);
      });

    // Over the ballot channel: one connection per client (half on each process), opened before the clock starts;
    // each client's ballots one after another on its own connection, as with HTTP.
    type Channel = { socket: WebSocket; waiting: Map<number, (status: number) => void> };
    let nextId = 0;
    const openChannel = (app: AppProcess) =>
      new Promise<Channel>((resolve, reject) => {
        const socket = new WebSocket(`${app.base.replace('http', 'ws')}/api/v1/stemkanaal`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const channel: Channel = { socket, waiting: new Map() };
        socket.on('message', (data) => {
          const answer = JSON.parse(String(data)) as { id: number; status: number };
          channel.waiting.get(answer.id)?.(answer.status);
          channel.waiting.delete(answer.id);
        });
        socket.on('close', () => {
          for (const resolveOne of channel.waiting.values()) resolveOne(0);
        });
        socket.once('open', () => resolve(channel));
        socket.once('error', reject);
      });
    const castOver = (channel: Channel, voteId: string, memberId: string, keuze = 'voor') =>
      new Promise<number | string>((resolve) => {
        const id = ++nextId;
        channel.waiting.set(id, (status) => resolve(status === 0 ? 'closed' : status));
        channel.socket.send(JSON.stringify({ id, stemming: voteId, keuze, lid: memberId }));
      });
    const channels =
      TRANSPORT === 'channel'
        ? await Promise.all(Array.from({ length: Math.max(2, CLIENTS) }, (_, i) => openChannel(apps[i % 2])))
        : [];
    const castVia = (client: number, app: AppProcess, voteId: string, memberId: string, keuze = 'voor') =>
      TRANSPORT === 'channel'
        ? castOver(channels[client], voteId, memberId, keuze)
        : cast(app, voteId, memberId, keuze);

    const phase = (text: string) => console.error(`# voting: ${text}`);
    phase(`${votes.length} open votes; connecting ${WATCHERS} watchers`);
    // The watchers, half on each process; each has its first message before the bench starts. They connect
    // CONNECTING at a time (2 000 at once would each wait for a pool connection for their first state).
    let opened = 0;
    await Promise.all(
      Array.from({ length: CONNECTING }, async () => {
        while (opened < WATCHERS) {
          const on = opened++ % 2;
          const stream = await openEventStream(`${apps[on].base}/vergaderingen/${meetingId}/live`, {
            latestOnly: true,
          });
          watchers.push({ stream, on });
          await stream.next(60_000);
        }
      }),
    );

    phase(`casting ${BALLOTS} ballots from ${CLIENTS} clients`);
    // Throughput: every ballot a member's first in its vote, spread over both processes.
    const jobs = Array.from({ length: BALLOTS }, (_, i) => ({
      vote: votes[Math.floor(i / members.length)],
      member: members[i % members.length],
    }));
    let next = 0;
    let accepted = 0;
    const refused = new Map<number | string, number>();
    // CPU per ballot, by side: the app processes, PostgreSQL (the postmaster and its backends), this client.
    const postmaster = await setup.db
      .selectNoFrom(sql<string>`current_setting('data_directory')`.as('dir'))
      .executeTakeFirstOrThrow()
      .then((row) => Number(readFileSync(join(row.dir, 'postmaster.pid'), 'utf8').split('\n')[0]));
    const appPids = apps.map((x) => x.child.pid!);
    const cpuBefore = { apps: cpuMs(appPids), postgres: cpuMs([postmaster]), client: process.cpuUsage() };
    const receivedBefore = watchers.reduce((sum, x) => sum + x.stream.received(), 0);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        while (next < jobs.length) {
          const job = jobs[next++];
          // Client i casts on process i % 2 (its channel is open there).
          const status = await castVia(client, apps[client % 2], job.vote, job.member);
          if (status === 201) accepted += 1;
          else refused.set(status, (refused.get(status) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    phase(
      `${accepted} accepted in ${round(seconds)} s; refused ${JSON.stringify(Object.fromEntries(refused))}`,
    );
    const clientCpu = process.cpuUsage(cpuBefore.client);
    // The live messages the watchers received during the casts: per watcher per second, how often each was told.
    const received = watchers.reduce((sum, x) => sum + x.stream.received(), 0) - receivedBefore;
    const updatesPerSecond = WATCHERS > 0 ? round(received / WATCHERS / seconds) : 0;
    const perBallot = (ms: number) => Math.round((ms / Math.max(1, BALLOTS)) * 100) / 100;
    const cpuMsPerBallot = {
      apps: perBallot(cpuSpent(cpuBefore.apps, cpuMs(appPids))),
      postgres: perBallot(cpuSpent(cpuBefore.postgres, cpuMs([postmaster]))),
      client: perBallot((clientCpu.user + clientCpu.system) / 1000),
    };

    phase(`fan-out: ${PROBES} probe ballots`);
    // Fan-out: a probe ballot on A, the time until each watcher on B has heard of it (its vote opened last).
    const probeVote = await newVote('Proefstemming');
    const onB = watchers.filter((x) => x.on === 1).map((x) => x.stream);
    await Promise.all(
      onB.map((s) => s.until((m) => (m as { key: string }).key.includes(probeVote.slice(0, 8)), 60_000)),
    );
    const latencies: number[] = [];
    for (let i = 0; i < Math.min(PROBES, members.length); i += 1) {
      const expected = `${i + 1} van ${members.length} aanwezige leden ${i === 0 ? 'heeft' : 'hebben'} gestemd`;
      const t0 = performance.now();
      let status = await castVia(0, a, probeVote, members[i]);
      // A connection error (not an answer): cast again, once.
      if (typeof status === 'string') status = await castVia(0, a, probeVote, members[i]);
      if (status !== 201) throw new Error(`probe ballot refused: ${status}`);
      const heard = await Promise.all(
        onB.map((s) =>
          s
            .until((m) => (m as { texts: { progress: string } }).texts.progress === expected, 30_000)
            .then(() => performance.now() - t0),
        ),
      );
      latencies.push(...heard);
    }
    latencies.sort((x, y) => x - y);

    phase(`${DUPLICATES} parallel duplicate ballots`);
    // Duplicates: one member, 200 parallel ballots over both processes.
    const dupVote = await newVote('Dubbele stemmen');
    const statuses = await Promise.all(
      Array.from({ length: DUPLICATES }, (_, i) =>
        castVia(i % Math.max(2, channels.length), apps[i % 2], dupVote, members[0], i % 2 ? 'tegen' : 'voor'),
      ),
    );
    const counted = await setup.db
      .selectFrom('ballots')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('vote_id', '=', dupVote)
      .executeTakeFirstOrThrow();

    await setup.close();
    agent.destroy();
    for (const channel of channels) channel.socket.close();
    console.log(
      JSON.stringify({
        bench: 'voting',
        engine: 'postgres',
        processes: 2,
        transport:
          TRANSPORT === 'channel' ? 'websocket /api/v1/stemkanaal' : 'http POST /stemmingen/{id}/stemmen',
        watchers: WATCHERS,
        ballots: BALLOTS,
        clients: CLIENTS,
        accepted,
        refused: Object.fromEntries(refused),
        seconds: round(seconds),
        ballotsPerSecond: Math.round(accepted / seconds),
        cpuMsPerBallot,
        updatesPerSecond,
        load: loadavg().map(round),
        fanOutMs: {
          probes: Math.min(PROBES, members.length),
          watchersOnOtherProcess: onB.length,
          p50: round(percentile(latencies, 50)),
          p99: round(percentile(latencies, 99)),
          max: round(latencies.at(-1) ?? 0),
        },
        duplicates: {
          sent: DUPLICATES,
          accepted: statuses.filter((s) => s === 201).length,
          refused409: statuses.filter((s) => s === 409).length,
          other: statuses.filter((s) => s !== 201 && s !== 409),
          counted: Number(counted.n),
        },
      }),
    );
  } finally {
    // Streams first: a server stops only when its connections are closed.
    for (const watcher of watchers) watcher.stream.close();
    for (const app of apps) await app.stop();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
