/**
 * Where the time of one ballot goes (issue 12, docs/adr/014-ballot-throughput.md): the steps of the cast path
 * (API route → castVote → store → audit → anchor → the route's answer → the live state a watcher reads), each
 * timed on its own, sequential ballots, per engine, in this process. Not a bench of the goal (that is
 * voting.bench.ts): a profile. One JSON line per engine with the mean milliseconds per step.
 * Run: `node --import tsx bench/voting-profile.ts` (PROFILE_BALLOTS, default 684; PROFILE_ENGINES).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext } from '../src/cli/context.js';
import { seedMunicipalities } from '../src/seed/municipalities.js';
import { assemblyState } from '../src/services/assembly/assembly-state.js';
import { assertPresent } from '../src/services/assembly/attendance.js';
import { meetingWeights } from '../src/services/assembly/meeting-weights.js';
import { castVote } from '../src/services/votes/cast-vote.js';
import { loadVote } from '../src/services/votes/load-vote.js';
import { prepareVote } from '../src/services/votes/prepare-vote.js';
import { appendAuditEvent, SYSTEM_ACTOR, type WriteContext } from '../src/store/audit.js';
import { anchorHead, anchorOf } from '../src/store/audit-anchor.js';
import { newId } from '../src/store/clock.js';
import { createMeeting } from '../src/store/repositories/meetings.js';
import { getMember } from '../src/store/repositories/members.js';
import { getBallotWithMember, getVote, setVoteStatus } from '../src/store/repositories/votes.js';
import { startPostgresCluster } from '../test/support/postgres-cluster.js';

const BALLOTS = Number(process.env.PROFILE_BALLOTS ?? 684);
const ENGINES = (process.env.PROFILE_ENGINES ?? 'sqlite,postgres').split(',');

async function profile(engine: string, url: string) {
  process.env.AUDIT_ANCHOR_DIR = join(dir, `anker-${engine}`);
  const ctx = await openContext(url);
  const w: WriteContext = { organisationId: ctx.organisation.id, actor: SYSTEM_ACTOR };
  await seedMunicipalities(ctx.db, w);
  const members = (await ctx.db.selectFrom('members').select('id').execute()).map((m) => m.id);
  const meetingId = (await createMeeting(ctx.db, w, { kind: 'alv', title: 'Profiel', date: '2026-06-10' }))
    .id;
  const votes: string[] = [];
  for (let i = 0; i < Math.ceil(BALLOTS / members.length); i += 1) {
    const vote = await prepareVote({ db: ctx.db, writer: w, meetingId, subject: `Stemming ${i + 1}` });
    // Set open in the store: the console opens one vote of a meeting at a time, the profile wants several.
    await setVoteStatus(ctx.db, w, { voteId: vote.id, from: 'created', to: 'open' });
    votes.push(vote.id);
  }
  const steps = new Map<string, number>();
  const time = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await work();
    steps.set(name, (steps.get(name) ?? 0) + performance.now() - t0);
    return out;
  };
  const started = performance.now();
  for (let i = 0; i < BALLOTS; i += 1) {
    const voteId = votes[Math.floor(i / members.length)];
    await time('route: find vote', () => getVote(ctx.db, w.organisationId, voteId));
    const ballot = await time('castVote (transaction + anchor)', () =>
      castVote({ db: ctx.db, writer: w, voteId, memberId: members[i % members.length], choice: 'for' }),
    );
    await time('route: answer (the ballot with its member)', () =>
      getBallotWithMember(ctx.db, w.organisationId, ballot.id),
    );
    // What every process does per live notification (coalesced per tick): the meeting's state.
    await time('live: assemblyState', () => assemblyState(ctx.db, w.organisationId, meetingId));
  }
  const total = performance.now() - started;
  // A burst: every member's ballot on a fresh vote at once (group commit, ADR 018), mean ms per ballot.
  const burstVote = await prepareVote({ db: ctx.db, writer: w, meetingId, subject: 'Tegelijk' });
  await setVoteStatus(ctx.db, w, { voteId: burstVote.id, from: 'created', to: 'open' });
  const burstStart = performance.now();
  await Promise.all(
    members.map((memberId) =>
      castVote({ db: ctx.db, writer: w, voteId: burstVote.id, memberId, choice: 'for' }),
    ),
  );
  const burst = {
    ballots: members.length,
    msPerBallot: round((performance.now() - burstStart) / members.length),
  };
  // The steps inside castVote, the same statements in the same order, timed one by one (a fresh vote).
  const inner = await prepareVote({ db: ctx.db, writer: w, meetingId, subject: 'Stappen' });
  await setVoteStatus(ctx.db, w, { voteId: inner.id, from: 'created', to: 'open' });
  const n = Math.min(BALLOTS, members.length);
  for (let i = 0; i < n; i += 1) {
    const t = (name: string) => `castVote: ${name}`;
    await time(t('transaction total'), () =>
      ctx.db.transaction().execute(async (trx) => {
        const vote = await time(t('loadVote'), () => loadVote(trx, w.organisationId, inner.id));
        await time(t('getMember'), () => getMember(trx, w.organisationId, members[i]));
        await time(t('assertPresent'), () =>
          assertPresent({ db: trx, writer: w, meetingId, memberId: members[i] }),
        );
        await time(t('meetingWeights'), () => meetingWeights(trx, w.organisationId, meetingId, w));
        await time(t('store: vote in scope + insert ballot'), async () => {
          await trx.selectFrom('votes').select('id').where('id', '=', vote.id).executeTakeFirst();
          await trx
            .insertInto('ballots')
            .values({
              id: newId(),
              organisation_id: w.organisationId,
              vote_id: vote.id,
              member_id: members[i],
              choice: 'for',
              weight: 1,
              cast_at: new Date().toISOString(),
            })
            .execute();
        });
        await time(t('audit append'), () =>
          appendAuditEvent(trx, w, { action: 'vote.ballot-cast', entityKind: 'vote', entityId: vote.id }),
        );
      }),
    );
    const files = anchorOf(ctx.db);
    if (files) await time(t('anchorHead after commit'), () => anchorHead(ctx.db, files));
  }
  for (const [k, v] of steps) if (k.startsWith('castVote: ')) steps.set(k, (v * BALLOTS) / n);
  const perBallot = Object.fromEntries(
    [...steps].map(([k, v]) => [k, Math.round((v / BALLOTS) * 100) / 100]),
  );
  console.log(
    JSON.stringify({
      bench: 'voting-profile',
      engine,
      ballots: BALLOTS,
      votes: votes.length,
      msPerBallot: round(total / BALLOTS),
      steps: perBallot,
      burst,
    }),
  );
  await ctx.close();
}

const round = (ms: number) => Math.round(ms * 100) / 100;

const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-voting-profile-'));
try {
  if (ENGINES.includes('sqlite')) await profile('sqlite', `sqlite:${join(dir, 'profiel.db')}`);
  if (ENGINES.includes('postgres')) {
    const cluster = await startPostgresCluster();
    try {
      await profile('postgres', cluster.url('postgres'));
    } finally {
      await cluster.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
