/**
 * Search benchmark: N motions (default 100 000; BENCH_MOTIONS) on SQLite and PostgreSQL, indexed with
 * `reindexAll`, then per query the latency of `searchAll` (stemmed full text, page of 20 plus total) against a
 * bare LIKE scan over title, topic and call (what the motion list did before; page of 20 plus total), in the
 * same run. Prints one JSON object per line: an `index` line and one `query` line per query per engine, and a
 * `summary` line per engine. Run: `node --import tsx bench/search.bench.ts`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { reindexAll, searchAll } from '../src/search/index.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import { newId, nowIso } from '../src/store/clock.js';
import { type Db, openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { createOrganisation } from '../src/store/repositories/organisations.js';
import { startPostgresCluster } from '../test/support/postgres-cluster.js';
import { percentile, timeRuns } from './timing.js';

const MOTIONS = Number(process.env.BENCH_MOTIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
/** Keep the SQLite database here and reuse it when it exists (seeded at the same BENCH_MOTIONS): for iterating. */
const KEEP_DIR = process.env.BENCH_SQLITE_DIR;
/** Use this PostgreSQL database instead of a throw-away cluster, and reuse it when it is seeded: for iterating. */
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL;
/** BENCH_LIKE=0 skips the LIKE scans (seconds each at 100,000): search's own figures only, no ratio. */
const WITH_LIKE = process.env.BENCH_LIKE !== '0';

const QUERIES = [
  'jeugdzorg',
  'gemeentefinancien',
  'woningbouw versnellen',
  'aangehouden moties',
  'energietransitie warmtenetten',
  'omgevingswet',
  'schuldhulpverlening beesel',
  'klimaatadaptatie',
];

const TOPICS = [
  'Financiën',
  'Sociaal domein',
  'Wonen',
  'Klimaat en energie',
  'Onderwijs',
  'Veiligheid',
  'Omgevingswet',
  'Asiel en migratie',
  'Digitalisering',
  'Vereniging',
  'Economie',
  'Bestuur',
];
const SUBJECTS = [
  'jeugdzorgkosten',
  'gemeentefinanciën',
  'woningbouw',
  'energietransitie',
  'warmtenetten',
  'klimaatadaptatie',
  'omgevingswet',
  'participatiewet',
  'armoedebeleid',
  'schuldhulpverlening',
  'nieuwkomersonderwijs',
  'asielopvang',
  'wijkteams',
  'dienstverlening',
  'informatieveiligheid',
  'bodemdaling',
  'stikstofruimte',
  'mobiliteit',
  'zwerfafval',
  'jeugdbescherming',
  'ouderenzorg',
  'mantelzorgers',
  'arbeidsmarkt',
  'ondermijning',
  'grondbeleid',
  'netcongestie',
  'laadpalen',
  'bibliotheken',
  'sportakkoord',
];
const VERBS = [
  'versnellen',
  'verbeteren',
  'aanhouden',
  'onderzoeken',
  'financieren',
  'vereenvoudigen',
  'compenseren',
  'borgen',
  'uitbreiden',
  'evalueren',
  'aangehouden',
  'ingediend',
  'afgedaan',
];
const FILLER = [
  'de',
  'het',
  'een',
  'gemeenten',
  'kabinet',
  'Rijk',
  'bestuur',
  'vereniging',
  'middelen',
  'structureel',
  'voldoende',
  'uitvoering',
  'motie',
  'moties',
  'afspraken',
  'leden',
  'verzoekt',
  'roept',
  'op',
  'om',
  'te',
  'met',
  'voor',
  'van',
  'en',
  'in',
  'dat',
  'langjarige',
  'solide',
  'duurzame',
  'regie',
  'taken',
  'opschalingskorting',
  'provincies',
  'waterschappen',
  'inwoners',
  'ondernemers',
  'regio',
  'plannen',
];
const MEMBERS = [
  'Beesel',
  'Gouda',
  'Utrecht',
  'Almere',
  'Zwolle',
  'Krimpenerwaard',
  'West-Betuwe',
  'Tilburg',
  "'s-Hertogenbosch",
  'Súdwest-Fryslân',
  'Groningen',
  'Maastricht',
  'Enschede',
  'Middelburg',
  'Den Helder',
];

/** Deterministic pseudo-random numbers (mulberry32), so both engines index the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seed(db: Db, organisationId: string): Promise<void> {
  const rnd = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const words = (n: number) =>
    Array.from({ length: n }, () => (rnd() < 0.25 ? pick(SUBJECTS) : pick(FILLER)));
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < MOTIONS; i += 500) {
      const motions = [];
      const submitters = [];
      for (let j = i; j < Math.min(MOTIONS, i + 500); j++) {
        const id = newId();
        const subject = pick(SUBJECTS);
        const title = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${pick(VERBS)}`;
        motions.push({
          id,
          organisation_id: organisationId,
          number: `M${j}`,
          title,
          topic: pick(TOPICS),
          call: words(20 + Math.floor(rnd() * 20)).join(' '),
          body: null,
          status: 'adopted' as const,
          and_others: 0,
          meeting_id: null,
          agenda_item_id: null,
          submitted_at: at,
          decided_at: null,
          vote_result: null,
          vote_percentage: null,
          by_acclamation: 0,
          published: 1,
          created_at: at,
          updated_at: at,
        });
        submitters.push({
          id: newId(),
          organisation_id: organisationId,
          motion_id: id,
          position: 1,
          member_id: null,
          name: pick(MEMBERS),
        });
      }
      await trx.insertInto('motions').values(motions).execute();
      await trx.insertInto('motion_submitters').values(submitters).execute();
    }
  });
}

/** The LIKE scan the motion list used before full-text search: substring of title, topic or call. */
async function likeScan(db: Db, organisationId: string, q: string): Promise<number> {
  const pattern = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const where = sql`organisation_id = ${organisationId} and (lower(title) like ${pattern} escape '\\'
    or lower(coalesce(topic, '')) like ${pattern} escape '\\' or lower(coalesce(call, '')) like ${pattern} escape '\\')`;
  await sql`select id, title from motions where ${where} order by created_at desc, id limit 20`.execute(db);
  const n = await sql<{ n: number | string }>`select count(*) as n from motions where ${where}`.execute(db);
  return Number(n.rows[0].n);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** p50 and p95 wall time, and this process's CPU time per run (`cpuMs`: the server's share on PostgreSQL is not in it). */
const time = (work: () => Promise<unknown>) => timeRuns(work, RUNS);

async function benchEngine(engine: string, url: string, keep = false): Promise<void> {
  const opened = await openDatabase(url);
  try {
    await migrateToLatest(opened.db);
    const seeded = keep
      ? await opened.db
          .selectFrom('organisations')
          .select('id')
          .where('slug', '=', 'bench')
          .executeTakeFirst()
      : undefined;
    const reuse = seeded !== undefined;
    const org = reuse
      ? await opened.db
          .selectFrom('organisations')
          .select('id')
          .where('slug', '=', 'bench')
          .executeTakeFirstOrThrow()
      : await createOrganisation(opened.db, {
          name: 'Benchvereniging',
          slug: 'bench',
          settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
          actor: SYSTEM_ACTOR,
        });
    if (!reuse) {
      await seed(opened.db, org.id);
      if (engine === 'postgres') await sql`analyze`.execute(opened.db);
      const started = performance.now();
      const counts = await reindexAll(opened.db, org.id);
      const indexMs = performance.now() - started;
      // The steady state of a live database, as in the list bench: autovacuum has been by after the bulk write (the
      // visibility map set, so the postings' index-only scans stay in the index) and is not about to start on the
      // freshly written tables while the queries are timed.
      if (engine === 'postgres') await sql`vacuum analyze`.execute(opened.db);
      console.log(
        JSON.stringify({
          bench: 'search',
          line: 'index',
          engine,
          motions: counts.motion,
          ms: Math.round(indexMs),
          perSecond: Math.round(counts.motion / (indexMs / 1000)),
        }),
      );
    }
    const ratios: number[] = [];
    const all = { search: [] as number[], like: [] as number[] };
    for (const q of QUERIES) {
      let hits = 0;
      let likeHits = 0;
      const search = await time(async () => {
        hits = (await searchAll(opened.db, org.id, { q, kinds: ['motion'], limit: 20, offset: 0 })).total;
      });
      const like = WITH_LIKE
        ? await time(async () => {
            likeHits = await likeScan(opened.db, org.id, q);
          })
        : { p50: Number.NaN, p95: Number.NaN, cpuMs: Number.NaN };
      const ratio = round(search.p50 / like.p50);
      ratios.push(ratio);
      all.search.push(search.p50);
      all.like.push(like.p50);
      console.log(
        JSON.stringify({
          bench: 'search',
          line: 'query',
          engine,
          motions: MOTIONS,
          q,
          hits,
          likeHits,
          searchMs: search,
          likeMs: like,
          ratioP50: ratio,
        }),
      );
    }
    const median = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      );
    console.log(
      JSON.stringify({
        bench: 'search',
        line: 'summary',
        engine,
        motions: MOTIONS,
        runs: RUNS,
        queries: QUERIES.length,
        medianSearchP50Ms: median(all.search),
        medianLikeP50Ms: median(all.like),
        medianRatioP50: median(ratios),
        worstRatioP50: Math.max(...ratios),
      }),
    );
  } finally {
    await opened.close();
  }
}

async function main(): Promise<void> {
  if (ENGINES.includes('sqlite')) {
    if (KEEP_DIR) mkdirSync(KEEP_DIR, { recursive: true });
    const dir = KEEP_DIR ?? mkdtempSync(join(tmpdir(), 'motiemonitor-bench-'));
    const file = join(dir, `bench-${MOTIONS}.db`);
    try {
      await benchEngine('sqlite', `sqlite:${file}`, KEEP_DIR !== undefined && existsSync(file));
    } finally {
      if (!KEEP_DIR) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (ENGINES.includes('postgres') && POSTGRES_URL) await benchEngine('postgres', POSTGRES_URL, true);
  else if (ENGINES.includes('postgres')) {
    const cluster = await startPostgresCluster();
    try {
      const admin = new pg.Client({ connectionString: cluster.url() });
      await admin.connect();
      await admin.query('create database search_bench');
      await admin.end();
      await benchEngine('postgres', cluster.url('search_bench'));
    } finally {
      await cluster.stop();
    }
  }
}

await main();
