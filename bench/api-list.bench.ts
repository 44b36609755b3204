/**
 * API list benchmark (issue 3): GET /api/v1/moties?status=aangehouden&limit=50 on 100 000 motions (BENCH_MOTIONS),
 * served by the real app (auth, validation, policy, repository, presenter, ETag) against a bare Fastify route
 * returning the same 50 rows from memory, in the same run, with autocannon. Each server runs in its own process
 * so its RSS can be read; both run together and are measured in turns (BENCH_ROUNDS rounds each), so that the
 * machine's load falls on both alike. One JSON line per engine: req/s of both, their ratio, p99 latency and server
 * RSS. Run: `npm run bench -- api-list` (BENCH_ENGINES=sqlite,postgres, BENCH_SECONDS=10, BENCH_CONNECTIONS=10,
 * BENCH_ROUNDS=5).
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { MOTION_STATUSES } from '../src/domain/motion-lifecycle.js';
import type { MotionStatus } from '../src/domain/types.js';
import { readMunicipalities } from '../src/seed/municipalities.js';
import { DEFAULT_SETTINGS } from '../src/services/default-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../src/store/audit.js';
import { type BulkMotion, bulkInsertMotions } from '../src/store/bulk.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { listMembers, upsertMembers } from '../src/store/repositories/members.js';
import { createOrganisation } from '../src/store/repositories/organisations.js';
import { freePort, startPostgresCluster } from '../test/support/postgres-cluster.js';
import { SUBJECTS } from './corpus-words.js';
import { random } from './random.js';

const MOTIONS = Number(process.env.BENCH_MOTIONS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
const PATH = '/api/v1/moties?status=aangehouden&limit=50';
const STATUSES: MotionStatus[] = [...MOTION_STATUSES];
const here = dirname(fileURLToPath(import.meta.url));
const { distIsFresh } = (await import(join(here, '..', 'bin', 'dist-fresh.mjs'))) as {
  distIsFresh: () => boolean;
};

function corpus(members: { id: string; name: string }[]): BulkMotion[] {
  const rnd = random(11);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const start = Date.parse('2015-01-01T00:00:00Z');
  return Array.from({ length: MOTIONS }, (_, i) => {
    const subject = pick(SUBJECTS);
    const submitters = [pick(members), pick(members)].filter(
      (m, k, all) => all.findIndex((x) => x.id === m.id) === k,
    );
    return {
      number: `M${i}`,
      title: `${subject} ${i}`,
      topic: subject,
      call: `verzoekt het bestuur om werk te maken van ${subject.toLowerCase()}`,
      status: pick(STATUSES),
      createdAt: new Date(start + i * 60_000).toISOString(),
      submitters: submitters.map((m) => ({ memberId: m.id, name: m.name })),
    };
  });
}

async function load(url: string): Promise<void> {
  const opened = await openDatabase(url);
  try {
    await migrateToLatest(opened.db);
    const org = await createOrganisation(opened.db, {
      name: 'VNG',
      slug: 'vng',
      settings: DEFAULT_SETTINGS,
      actor: SYSTEM_ACTOR,
    });
    const ctx: WriteContext = { organisationId: org.id, actor: SYSTEM_ACTOR };
    await upsertMembers(opened.db, ctx, readMunicipalities());
    await bulkInsertMotions(opened.db, ctx, corpus(await listMembers(opened.db, org.id)));
    // The steady state of a live database: autovacuum has set the visibility map, so counts are index-only.
    if (opened.engine === 'postgres') await sql`vacuum analyze motions, motion_submitters`.execute(opened.db);
  } finally {
    await opened.close();
  }
}

type Server = { child: ChildProcess; port: number; stop: () => Promise<void> };

/**
 * The app runs as `motiemonitor serve` (bin/motiemonitor.js: the compiled dist/ when it is fresh, else the sources
 * through tsx), so its RSS is that of the real server; the bare route runs in bench/api-list-server.ts.
 */
async function spawnServer(mode: 'app' | 'bare', env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child =
    mode === 'app'
      ? spawn(process.execPath, [join(here, '..', 'bin', 'motiemonitor.js'), 'serve'], {
          env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', OUTBOX_WORKER: 'off' },
          stdio: ['ignore', 'pipe', 'inherit'],
        })
      : spawn(process.execPath, ['--import', 'tsx', join(here, 'api-list-server.ts'), mode], {
          env: { ...process.env, ...env, PORT: String(port) },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
  await new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.includes('draait op') || line.startsWith('{"port"')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited (${code})`)));
  });
  return {
    child,
    port,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function rssMb(pid: number): number {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return Number.NaN;
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

type Sample = {
  requests: number;
  seconds: number;
  latencies: number[];
  non2xx: number;
  errors: number;
  peak: number;
};

/** One round of `seconds` against one server: requests, latency percentiles (ms) and the peak RSS meanwhile. */
async function round(server: Server, seconds: number) {
  const url = `http://127.0.0.1:${server.port}${PATH}`;
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(server.child.pid!));
  }, 250);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  clearInterval(sampler);
  return { result, peak };
}

/**
 * The app and the bare route are measured in turns (ROUNDS rounds of SECONDS/ROUNDS each, app first, then bare),
 * both servers running all along, so a change of the machine's load during the run hits both alike; the figures
 * add the rounds up (req/s over all rounds, p50/p99 the worst round's, peak RSS the highest).
 */
async function measurePair(app: Server, bare: Server) {
  for (const server of [app, bare]) {
    // Warm-up: JIT and caches; the app has more code to compile than the bare route.
    await autocannon({
      url: `http://127.0.0.1:${server.port}${PATH}`,
      connections: CONNECTIONS,
      duration: 3,
    });
  }
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
  const each = Math.max(1, Math.round(SECONDS / rounds));
  const totals = new Map<Server, Sample>([
    [app, { requests: 0, seconds: 0, latencies: [], non2xx: 0, errors: 0, peak: 0 }],
    [bare, { requests: 0, seconds: 0, latencies: [], non2xx: 0, errors: 0, peak: 0 }],
  ]);
  const p50s = new Map<Server, number[]>([
    [app, []],
    [bare, []],
  ]);
  for (let i = 0; i < rounds; i++) {
    for (const server of [app, bare]) {
      const { result, peak } = await round(server, each);
      const t = totals.get(server)!;
      t.requests += result.requests.total;
      t.seconds += result.duration;
      t.latencies.push(result.latency.p99);
      p50s.get(server)!.push(result.latency.p50);
      t.non2xx += result.non2xx;
      t.errors += result.errors;
      t.peak = Math.max(t.peak, peak);
    }
  }
  const figures = (server: Server) => {
    const t = totals.get(server)!;
    return {
      reqPerSec: Math.round(t.requests / t.seconds),
      p99Ms: Math.max(...t.latencies),
      p50Ms: Math.max(...p50s.get(server)!),
      p99MsPerRound: t.latencies,
      non2xx: t.non2xx,
      errors: t.errors,
      rssMb: rssMb(server.child.pid!),
      peakRssMb: t.peak,
    };
  };
  return { api: figures(app), bare: figures(bare), rounds };
}

async function benchEngine(engine: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mm-api-bench-'));
  const cluster = engine === 'postgres' ? await startPostgresCluster() : undefined;
  try {
    const url = cluster ? cluster.url('postgres') : `sqlite:${join(dir, 'bench.db')}`;
    const loadStart = Date.now();
    await load(url);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const app = await spawnServer('app', { DATABASE_URL: url, LOG: 'off' });
    const sample = await fetch(`http://127.0.0.1:${app.port}${PATH}`);
    const body = await sample.text();
    const page = JSON.parse(body) as { totaal: number; resultaten: unknown[] };
    const payloadFile = join(dir, 'page.json');
    writeFileSync(payloadFile, body);
    const bare = await spawnServer('bare', { PAYLOAD_FILE: payloadFile });
    const { api, bare: baseline, rounds } = await measurePair(app, bare);
    await app.stop();
    await bare.stop();
    const result = {
      bench: 'api-list',
      engine,
      motions: MOTIONS,
      request: `GET ${PATH}`,
      server: process.env.MOTIEMONITOR_SOURCES !== '1' && distIsFresh() ? 'dist' : 'sources',
      matching: page.totaal,
      rows: page.resultaten.length,
      bodyBytes: Buffer.byteLength(body),
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds,
      loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
      loadSeconds,
      api,
      bare: baseline,
      ratio: Math.round((api.reqPerSec / baseline.reqPerSec) * 1000) / 1000,
    };
    console.log(JSON.stringify(result));
  } finally {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const engine of ENGINES) await benchEngine(engine);
