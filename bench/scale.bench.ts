/**
 * Scale bench on PostgreSQL: BENCH_MOTIONS motions (the goal: 1,000,000) seeded in SQL with generate_series
 * (statuses, creation times a minute apart, one submitter each, the text index rows with the stems our analyser
 * gives) and BENCH_DOCUMENTS source documents (default a tenth of the motions: 100,000; each with its text, its
 * index row and the provenance of the motions read from it), then p50/p95 of: the motion list by status
 * (page 1; page 200 by number and by cursor), full-text search (a common and a rare word, a word only documents
 * hold), the API list and the portal's list, search, home, motion and document pages through the real server
 * (inject).
 * Prints one JSON line per figure and the EXPLAIN plans the list and search rely on (`line: "plan"`).
 * Run: `BENCH_MOTIONS=20000 npm run -s bench -- scale` (1,000,000 takes minutes and a few GB of disk).
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { ANONYMOUS } from '../src/auth/roles.js';
import { MOTION_STATUSES } from '../src/domain/motion-lifecycle.js';
import { indexTokens } from '../src/search/analyse.js';
import { searchAll } from '../src/search/index.js';
import { buildServer } from '../src/server.js';
import { findMotions } from '../src/services/motions/find-motions.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import { type Db, openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { fillSearchPostings } from '../src/store/migrations/2026-12-01T0700_search-postings.js';
import { createOrganisation } from '../src/store/repositories/organisations.js';
import { startPostgresCluster } from '../test/support/postgres-cluster.js';
import { plansOf } from '../test/support/query-plans.js';
import { VERBS } from './corpus-words.js';
import { percentile, sampleRuns } from './timing.js';

const MOTIONS = Number(process.env.BENCH_MOTIONS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SUBJECTS = [
  'Jeugdzorg',
  'Woningbouw',
  'Netcongestie',
  'Omgevingswet',
  'Asielopvang',
  'Klimaatadaptatie',
];
const RARE = 'schuldhulpverlening';
const RARE_EVERY = 997;
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? Math.floor(MOTIONS / 10));
/** A word only the documents hold, in every tenth of them. */
const DOCUMENT_WORD = 'besluitenlijst';

const literal = (words: string[]) =>
  sql.raw(`(array[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}])`);

async function seed(db: Db, organisationId: string): Promise<void> {
  // The stems of each title and call as our analyser makes them (numbers are kept whole), so the index agrees.
  const titleStems = SUBJECTS.flatMap((s) => VERBS.map((v) => indexTokens(`${s} ${v}`).join(' ')));
  const callStems = SUBJECTS.map((s) =>
    indexTokens(`verzoekt het bestuur om ${s.toLowerCase()} te versnellen`).join(' '),
  );
  const rareStems = indexTokens(RARE).join(' ');
  const statuses = [...MOTION_STATUSES];
  const started = performance.now();
  await sql`
    insert into motions (id, organisation_id, number, title, topic, call, status, and_others, by_acclamation,
      published, created_at, updated_at)
    select md5('m' || i)::uuid::text, ${organisationId}, 'M' || i,
      ${literal(SUBJECTS)}[1 + i % 6] || ' ' || ${literal(VERBS)}[1 + (i / 6) % 5] || ' ' || i,
      ${literal(SUBJECTS)}[1 + i % 6],
      'verzoekt het bestuur om ' || lower(${literal(SUBJECTS)}[1 + i % 6]) || ' te versnellen'
        || case when i % ${RARE_EVERY} = 0 then ' ${sql.raw(RARE)}' else '' end,
      ${literal(statuses)}[1 + (i * 7) % ${statuses.length}], 0, 0, 1,
      to_char(timestamp '2015-01-01' + i * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      to_char(timestamp '2015-01-01' + i * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    from generate_series(1, ${MOTIONS}) i`.execute(db);
  await sql`
    insert into motion_submitters (id, organisation_id, motion_id, position, member_id, name)
    select md5('s' || i)::uuid::text, ${organisationId}, md5('m' || i)::uuid::text, 1, null, 'Gemeente ' || (i % 342)
    from generate_series(1, ${MOTIONS}) i`.execute(db);
  await sql`
    insert into search_documents (organisation_id, entity_kind, entity_id, title, body, stems, updated_at)
    select ${organisationId}, 'motion', m.id, m.title, m.call,
      ${literal(titleStems)}[1 + (g.i % 6) * 5 + (g.i / 6) % 5] || ' ' || g.i || ' ' || ${literal(callStems)}[1 + g.i % 6]
        || case when g.i % ${RARE_EVERY} = 0 then ' ${sql.raw(rareStems)}' else '' end,
      m.created_at
    from generate_series(1, ${MOTIONS}) g(i) join motions m on m.id = md5('m' || g.i)::uuid::text
    order by g.i`.execute(db);
  await seedDocuments(db, organisationId);
  await seedPostings(db);
  await sql`vacuum analyze`.execute(db);
  console.log(
    JSON.stringify({
      bench: 'scale',
      line: 'seed',
      engine: 'postgres',
      motions: MOTIONS,
      documents: DOCUMENTS,
      ms: Math.round(performance.now() - started),
    }),
  );
}

/** Documents of ~2 kB each, imported; the motions numbered 10d-9 … 10d are read from document d
 * (concepts left out: a document drawn from a concept is not public, so no page would show). */
async function seedDocuments(db: Db, organisationId: string): Promise<void> {
  const paragraph =
    'De algemene ledenvergadering heeft kennisgenomen van de voortgang. Het bestuur legt verantwoording af over ' +
    'de uitvoering van de aangenomen moties en stelt voor deze aan te houden of af te doen. ';
  const bodyStems = indexTokens(paragraph).join(' ');
  const wordStems = indexTokens(DOCUMENT_WORD).join(' ');
  await sql`
    insert into documents (id, organisation_id, filename, media_type, content_hash, size, storage_path, kind, title,
      text, status, warnings, imported_at, created_at, updated_at)
    select md5('d' || i)::uuid::text, ${organisationId}, 'verslag-' || i || '.pdf', 'application/pdf',
      md5('h' || i), 2048, null, 'accountability-report', 'Verslag ' || i,
      repeat(${paragraph}, 8) || case when i % 10 = 0 then ${DOCUMENT_WORD} else '' end,
      'imported', '[]',
      to_char(timestamp '2015-01-01' + i * interval '10 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      to_char(timestamp '2015-01-01' + i * interval '10 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      to_char(timestamp '2015-01-01' + i * interval '10 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    from generate_series(1, ${DOCUMENTS}) i`.execute(db);
  await sql`
    insert into provenance (id, organisation_id, document_id, entity_kind, entity_id, from_line, to_line, page)
    select md5('p' || i)::uuid::text, ${organisationId}, md5('d' || ((i + 9) / 10))::uuid::text, 'motion',
      m.id, 1 + (i % 10) * 8, 8 + (i % 10) * 8, 1
    from generate_series(1, least(${MOTIONS}, ${DOCUMENTS} * 10)) i
    join motions m on m.id = md5('m' || i)::uuid::text
    where m.status <> 'draft'`.execute(db);
  await sql`
    insert into search_documents (organisation_id, entity_kind, entity_id, title, body, stems, updated_at)
    select ${organisationId}, 'document', d.id, d.title, d.text,
      ${bodyStems} || case when g.i % 10 = 0 then ' ' || ${wordStems} else '' end, d.created_at
    from generate_series(1, ${DOCUMENTS}) g(i) join documents d on d.id = md5('d' || g.i)::uuid::text
    order by g.i`.execute(db);
}

/** The postings of the text index rows seeded above (ADR 028), filled as the migration fills them (its function). */
async function seedPostings(db: Db): Promise<void> {
  await sql`alter table search_postings drop constraint search_postings_pkey`.execute(db);
  await fillSearchPostings(db);
}

const round = (x: number) => Math.round(x * 100) / 100;
async function time(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples = await sampleRuns(work, RUNS);
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

/** The id the seed gave row i of a table (md5 of its prefix and number), read back so a page can be asked for. */
/** A document in the middle of the register whose motions are all public (one drawn from a concept is hidden). */
async function publicDocumentId(db: Db): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    select d.id from documents d
    where not exists (select 1 from provenance p join motions m on m.id = p.entity_id
                      where p.document_id = d.id and m.status = 'draft')
    order by d.created_at offset ${Math.floor(DOCUMENTS / 2)} limit 1`.execute(db);
  if (rows.length !== 1) throw new Error('no public document was seeded');
  return rows[0].id;
}

async function idOf(db: Db, table: 'motions', prefix: string, i: number): Promise<string> {
  // The first public motion from number i on (a concept is not shown to the public: its page is a 404).
  for (let n = i; n < i + 20; n += 1) {
    const { rows } = await sql<{ id: string }>`select md5(${`${prefix}${n}`})::uuid::text as id`.execute(db);
    const found = await sql<{
      id: string;
    }>`select id from ${sql.table(table)} where id = ${rows[0].id} and status <> 'draft'`.execute(db);
    if (found.rows.length === 1) return found.rows[0].id;
  }
  throw new Error(`no public ${table} was seeded from ${i} on`);
}

async function bench(url: string): Promise<void> {
  const opened = await openDatabase(url);
  try {
    await migrateToLatest(opened.db);
    const org = await createOrganisation(opened.db, {
      name: 'Schaalvereniging',
      slug: 'vng',
      settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
      actor: SYSTEM_ACTOR,
    });
    await seed(opened.db, org.id);
    const db = opened.db;
    const read = { db, organisationId: org.id, reader: ANONYMOUS };
    const out = (name: string, ms: { p50: number; p95: number }, extra: object = {}) =>
      console.log(
        JSON.stringify({
          bench: 'scale',
          line: 'figure',
          engine: 'postgres',
          motions: MOTIONS,
          name,
          ms,
          ...extra,
        }),
      );

    const held = { status: ['held' as const] };
    out(
      'list status=held page 1',
      await time(() => findMotions({ ...read, query: held, page: { limit: 50, offset: 0 } })),
    );
    const deep = Math.min(200, Math.floor(MOTIONS / MOTION_STATUSES.length / 50) - 1);
    out(
      `list status=held page ${deep + 1} by number`,
      await time(() => findMotions({ ...read, query: held, page: { limit: 50, offset: deep * 50 } })),
    );
    const before = await findMotions({ ...read, query: held, page: { limit: 50, offset: (deep - 1) * 50 } });
    out(
      `list status=held page ${deep + 1} by cursor`,
      await time(() =>
        findMotions({ ...read, query: held, page: { limit: 50, offset: 0, after: before.next } }),
      ),
    );
    for (const q of ['jeugdzorg', RARE, DOCUMENT_WORD]) {
      let hits = 0;
      out(
        `search ${q}`,
        await time(async () => {
          hits = (await searchAll(db, org.id, { q, limit: 20, offset: 0 })).total;
        }),
        { hits },
      );
    }
    const app = await buildServer({ ctx: { db, engine: 'postgres', organisation: org } });
    try {
      for (const page of [
        '/api/v1/moties?status=aangehouden&limit=50',
        '/moties?status=aangehouden',
        '/moties?q=jeugdzorg',
        `/zoeken?q=${DOCUMENT_WORD}`,
        '/',
        `/moties/${await idOf(db, 'motions', 'm', Math.floor(MOTIONS / 2))}`,
        `/documenten/${await publicDocumentId(db)}`,
      ]) {
        let status = 0;
        out(
          `page ${page}`,
          await time(async () => {
            status = (await app.inject(page)).statusCode;
          }),
          { status },
        );
      }
    } finally {
      await app.close();
    }
    const plans = {
      list: await plansOf(db, 'postgres', (d) =>
        findMotions({ ...read, db: d, query: held, page: { limit: 50, offset: 0 } }),
      ),
      listWithSearch: await plansOf(db, 'postgres', (d) =>
        findMotions({ ...read, db: d, query: { q: 'jeugdzorg' }, page: { limit: 50, offset: 0 } }),
      ),
      search: await plansOf(db, 'postgres', (d) => searchAll(d, org.id, { q: RARE, limit: 20, offset: 0 })),
      // The other word of each: a rare word walks the list until 50 match; a common word's bounded count.
      listWithRareWord: await plansOf(db, 'postgres', (d) =>
        findMotions({ ...read, db: d, query: { q: RARE }, page: { limit: 50, offset: 0 } }),
      ),
      searchCommonWord: await plansOf(db, 'postgres', (d) =>
        searchAll(d, org.id, { q: 'jeugdzorg', limit: 20, offset: 0 }),
      ),
    };
    for (const [name, list] of Object.entries(plans))
      for (const plan of list)
        console.log(JSON.stringify({ bench: 'scale', line: 'plan', motions: MOTIONS, name, plan }));
  } finally {
    await opened.close();
  }
}

const cluster = await startPostgresCluster();
try {
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query('create database scale_bench');
  await admin.end();
  await bench(cluster.url('scale_bench'));
} finally {
  await cluster.stop();
}
