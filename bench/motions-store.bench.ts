/**
 * Motion store benchmark: 100 000 motions (BENCH_MOTIONS) with 1–3 submitters each are bulk-inserted on SQLite
 * and PostgreSQL, then three list queries (status=held, by member, by text; page of 50 with total and
 * submitters) are timed through our repository (`listMotions`: Kysely, camelCase records) and through the bare
 * driver (better-sqlite3 / pg) running the same SQL, in the same run. Both must return the same ids and total.
 * Prints one JSON object per line; the `ratio` is repository p50 / driver p50.
 * Run: `npm run bench -- motions` or `node --import tsx bench/motions-store.bench.ts`.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { MOTION_STATUSES } from '../src/domain/motion-lifecycle.js';
import type { MotionStatus } from '../src/domain/types.js';
import { readMunicipalities } from '../src/seed/municipalities.js';
import { DEFAULT_SETTINGS } from '../src/services/default-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../src/store/audit.js';
import { type BulkMotion, bulkInsertMotions } from '../src/store/bulk.js';
import { type Db, openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { upsertMembers } from '../src/store/repositories/members.js';
import { listMotions, type MotionFilter } from '../src/store/repositories/motions.js';
import { createOrganisation } from '../src/store/repositories/organisations.js';
import { startPostgresCluster } from '../test/support/postgres-cluster.js';
import { SUBJECTS, VERBS } from './corpus-words.js';
import { random } from './random.js';
import { sampleRuns } from './timing.js';

const MOTIONS = Number(process.env.BENCH_MOTIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
const LIMIT = 50;
const STATUSES: MotionStatus[] = [...MOTION_STATUSES];

function corpus(members: { id: string; name: string }[]): BulkMotion[] {
  const rnd = random(7);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const start = Date.parse('2015-01-01T00:00:00Z');
  return Array.from({ length: MOTIONS }, (_, i) => {
    const subject = pick(SUBJECTS);
    const count = 1 + Math.floor(rnd() * 3);
    const submitters = new Map<string, { memberId: string; name: string }>();
    while (submitters.size < count) {
      const m = pick(members);
      submitters.set(m.id, { memberId: m.id, name: m.name });
    }
    return {
      number: `M${i}`,
      title: `${subject} ${pick(VERBS)} ${i}`,
      topic: subject,
      call: `verzoekt het bestuur om ${subject.toLowerCase()} te ${pick(VERBS)}`,
      status: pick(STATUSES),
      createdAt: new Date(start + i * 60_000).toISOString(),
      submitters: [...submitters.values()],
    };
  });
}

type Query = { name: string; filter: MotionFilter };
type Bare = { ids: string[]; total: number };

/** The SQL listMotions issues, written out by hand for the bare drivers (`?` placeholders, numbered for pg). */
function bareSql(filter: MotionFilter): { where: string; params: unknown[] } {
  if (filter.status) return { where: 'organisation_id = ? and status in (?)', params: filter.status };
  if (filter.memberId)
    return {
      where:
        'organisation_id = ? and motions.id in (select motion_submitters.motion_id from motion_submitters where motion_submitters.member_id = ?)',
      params: [filter.memberId],
    };
  const pattern = `%${filter.q!.toLowerCase()}%`;
  return {
    where:
      "organisation_id = ? and (lower(motions.title) like ? escape '\\' or lower(coalesce(motions.topic, '')) like ? escape '\\' or lower(coalesce(motions.call, '')) like ? escape '\\')",
    params: [pattern, pattern, pattern],
  };
}

type Driver = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

async function bareList(run: Driver, organisationId: string, filter: MotionFilter): Promise<Bare> {
  const { where, params } = bareSql(filter);
  const args = [organisationId, ...params];
  const rows = await run(
    `select * from motions where ${where} order by created_at desc, id limit ? offset ?`,
    [...args, LIMIT, 0],
  );
  const count = await run(`select count(*) as n from motions where ${where}`, args);
  const ids = rows.map((r) => String(r.id));
  const submitters =
    ids.length === 0
      ? []
      : await run(
          `select * from motion_submitters where motion_id in (${ids.map(() => '?').join(', ')}) order by position`,
          ids,
        );
  const byMotion = new Map<string, unknown[]>();
  for (const s of submitters) {
    const list = byMotion.get(String(s.motion_id)) ?? [];
    list.push(s);
    byMotion.set(String(s.motion_id), list);
  }
  return { ids, total: Number(count[0].n) };
}

const numbered = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

const round = (x: number) => Math.round(x * 1000) / 1000;
async function p50(work: () => Promise<unknown>): Promise<number> {
  const samples = await sampleRuns(work, RUNS);
  return round(samples[Math.floor(samples.length / 2)]);
}

async function benchEngine(engine: string, url: string, bare: { run: Driver; close: () => Promise<void> }) {
  const opened = await openDatabase(url);
  const db: Db = opened.db;
  try {
    await migrateToLatest(db);
    const org = await createOrganisation(db, {
      name: 'Benchvereniging',
      slug: 'bench',
      settings: DEFAULT_SETTINGS,
      actor: SYSTEM_ACTOR,
    });
    const ctx: WriteContext = { organisationId: org.id, actor: SYSTEM_ACTOR };
    await upsertMembers(db, ctx, readMunicipalities());
    const members = await db.selectFrom('members').select(['id', 'name']).orderBy('code').execute();
    const motions = corpus(members);
    const started = performance.now();
    await bulkInsertMotions(db, ctx, motions);
    const insertMs = performance.now() - started;
    if (engine === 'postgres') await sql`analyze`.execute(db);
    const submitters = motions.reduce((n, m) => n + m.submitters.length, 0);
    console.log(
      JSON.stringify({
        bench: 'motions-store',
        engine,
        op: 'bulk-insert',
        motions: MOTIONS,
        submitters,
        ms: round(insertMs),
        motionsPerSecond: Math.round(MOTIONS / (insertMs / 1000)),
      }),
    );
    const queries: Query[] = [
      { name: 'status=held', filter: { status: ['held'] } },
      { name: 'member', filter: { memberId: members[100].id } },
      { name: 'text=jeugdzorg', filter: { q: 'jeugdzorg' } },
    ];
    const ratios: number[] = [];
    for (const q of queries) {
      const repo = await listMotions(db, org.id, q.filter, { limit: LIMIT, offset: 0 });
      const check = await bareList(bare.run, org.id, q.filter);
      const same = check.total === repo.total && check.ids.join() === repo.items.map((m) => m.id).join();
      if (!same) throw new Error(`${engine} ${q.name}: repository and driver disagree`);
      const repositoryMs = await p50(() => listMotions(db, org.id, q.filter, { limit: LIMIT, offset: 0 }));
      const driverMs = await p50(() => bareList(bare.run, org.id, q.filter));
      const ratio = round(repositoryMs / driverMs);
      ratios.push(ratio);
      console.log(
        JSON.stringify({
          bench: 'motions-store',
          engine,
          op: 'list',
          query: q.name,
          limit: LIMIT,
          total: repo.total,
          repositoryP50Ms: repositoryMs,
          driverP50Ms: driverMs,
          ratio,
          runs: RUNS,
        }),
      );
    }
    console.log(
      JSON.stringify({
        bench: 'motions-store',
        engine,
        op: 'summary',
        motions: MOTIONS,
        maxRatio: Math.max(...ratios),
        meanRatio: round(ratios.reduce((a, b) => a + b, 0) / ratios.length),
      }),
    );
  } finally {
    await bare.close();
    await opened.close();
  }
}

async function main() {
  if (ENGINES.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-'));
    const file = join(dir, 'bench.db');
    try {
      let handle: SQLite.Database | null = null;
      const run: Driver = async (text, params) => {
        handle ??= new SQLite(file, { readonly: true });
        return handle.prepare(text).all(...(params as unknown[])) as Record<string, unknown>[];
      };
      await benchEngine('sqlite', `sqlite:${file}`, {
        run,
        close: async () => {
          handle?.close();
        },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (ENGINES.includes('postgres')) {
    const cluster = await startPostgresCluster();
    try {
      const admin = new pg.Client({ connectionString: cluster.url() });
      await admin.connect();
      await admin.query('create database bench');
      await admin.end();
      const pool = new pg.Pool({ connectionString: cluster.url('bench'), max: 2 });
      const run: Driver = async (text, params) => (await pool.query(numbered(text), params)).rows;
      await benchEngine('postgres', cluster.url('bench'), { run, close: () => pool.end() });
    } finally {
      await cluster.stop();
    }
  }
}

await main();
