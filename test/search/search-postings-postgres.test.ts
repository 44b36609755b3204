import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexEntity, reindexAll, removeFromIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import type { Executor } from '../../src/store/database.js';
import { openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import { recentPostings } from '../../src/store/repositories/search-index/postgres.js';
import {
  refreshSearchStatistics,
  upsertSearchDocuments,
} from '../../src/store/repositories/search-index/write.js';
import type { SearchKind } from '../../src/store/repositories/search-index.js';
import { inTransaction } from '../../src/store/transaction.js';
import { freshDatabaseUrl, openTestDatabase } from '../support/engines.js';
import {
  corpusWords,
  createSearchOrganisation,
  indexRow,
  insertEarlyOrganisation,
  plainMatches,
} from '../support/search-setup.js';

/**
 * PostgreSQL's newest matches come from the postings b-tree (docs/adr/028): the rarest term's postings newest
 * first, the other terms probed. Whatever the words (one, several, a prefix of several tokens, a kind), the ids
 * must be the `limit` newest matches as a plain reading of every row's tokens gives them; and the postings must
 * be exactly the tsvectors' tokens after every kind of index write and after the migration's fill.
 */
const ROWS = 600;

/** The postings that differ from the tsvectors' tokens (either way): none when they are kept right. */
async function postingsMismatch(db: Executor): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`
    select count(*) as n from (
      (select d.organisation_id, l.lexeme as term, d.id as doc_id, d.entity_kind,
              coalesce(array_length(l.positions, 1), 1) as tf
       from search_documents d cross join unnest(d.tsv) l
       except all
       select organisation_id, term, doc_id, entity_kind, tf from search_postings)
      union all
      (select organisation_id, term, doc_id, entity_kind, tf from search_postings
       except all
       select d.organisation_id, l.lexeme, d.id, d.entity_kind, coalesce(array_length(l.positions, 1), 1)
       from search_documents d cross join unnest(d.tsv) l)
    ) x`.execute(db);
  return Number(rows[0].n);
}

describe('search postings on postgres', () => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let org: string;
  let other: string;

  const organisation = (slug: string) => createSearchOrganisation(t.db, slug);

  beforeAll(async () => {
    t = await openTestDatabase('postgres');
    org = await organisation('zoeken');
    other = await organisation('anders');
    await inTransaction(t.db, async (trx) => {
      for (let i = 0; i < ROWS; i += 1)
        await indexEntity(trx, {
          organisationId: i % 7 === 0 ? other : org,
          kind: i % 2 === 0 ? 'letter' : 'agreement',
          id: `r${String(i).padStart(4, '0')}`,
          title: `Brief ${i}`,
          body: corpusWords(i),
        });
    });
  }, 120_000);

  afterAll(async () => {
    await t?.cleanup();
  });

  /** The newest matches read plainly: every row of the organisation, its tokens tested in JavaScript. */
  const plain = async (q: string, limit: number, kinds?: SearchKind[]) =>
    (await plainMatches(t.db, org, q, limit, kinds)).map((r) => r.id);

  it.each([
    ['wegonderhoud', 30],
    ['wegonderhoud', 1001],
    ['wegonder', 50],
    ['wegonder', 5],
    ['armoedebeleid wegonder', 7],
    ['armoedebeleid wegonderhoud', 20],
    ['wegonderhoudsplan armoedebeleid', 1001],
    ['zwerfafval', 30],
    ['zwerfafval armoedebeleid', 30],
    ['onbekendwoord', 30],
  ])('%s, limit %i: the newest matches', async (q, limit) => {
    const got = await recentPostings(t.db, org, parseQuery(q), undefined, limit);
    expect(got.map((r) => r.id)).toEqual(await plain(q, limit));
  });

  it('keeps to the kinds asked for', async () => {
    for (const [q, limit] of [
      ['wegonderhoud', 10],
      ['armoedebeleid wegonder', 40],
    ] as const) {
      const got = await recentPostings(t.db, org, parseQuery(q), ['letter'], limit);
      expect(got.map((r) => r.id)).toEqual(await plain(q, limit, ['letter']));
    }
  });

  it('ranks a record that says the word more often higher', async () => {
    const got = await recentPostings(t.db, org, parseQuery('wegonderhoudsplan'), undefined, 1001);
    const ranks = new Set(got.map((r) => r.rank));
    expect(ranks.size).toBe(1);
    const twice = await recentPostings(t.db, org, parseQuery('wegonder'), undefined, 1001);
    const { rows } = await sql<{ id: string; stems: string }>`
      select id, stems from search_documents where organisation_id = ${org}`.execute(t.db);
    const count = new Map(
      rows.map((r) => [Number(r.id), r.stems.split(' ').filter((s) => s.startsWith('wegonder')).length]),
    );
    const one = twice.find((r) => count.get(r.id) === 1);
    const three = twice.find((r) => count.get(r.id) === 3);
    expect(one && three && three.rank > one.rank).toBe(true);
  });

  it('counts every token of every term once, however many tokens each term stands for', async () => {
    // Two terms of several tokens each: a record's rows repeat every combination of their tokens.
    const combinations = await organisation('combinaties');
    const records = [
      'fietspad snelweg',
      'fietspad fietspadnet fietspadnet snelweg snelwegnet snelwegnet snelwegnet',
      'fietspadnet snelwegnet snelweg',
      'fietspad fietspad fietspad snelwegnet',
      'fietspad',
      'snelweg snelwegnet',
    ];
    await upsertSearchDocuments(
      t.db,
      records.map((stems, i) => indexRow(combinations, 'letter', `c${i}`, stems)),
    );
    const weight = (tf: number) => {
      let sum = 0;
      for (let j = 1; j <= tf; j += 1) sum += 1 / (j * j);
      return sum / (Math.PI ** 2 / 6);
    };
    const expected = (prefixes: string[]) =>
      records
        .map((stems, i) => ({ i, tokens: stems.split(' ') }))
        .filter(({ tokens }) => prefixes.every((p) => tokens.some((k) => k.startsWith(p))))
        .reverse()
        .map(({ i, tokens }) => ({
          id: `c${i}`,
          rank:
            prefixes.reduce((sum, p) => sum + weight(tokens.filter((k) => k.startsWith(p)).length), 0) /
            prefixes.length,
        }));
    const { rows } = await sql<{ id: string | number; entity_id: string }>`
      select id, entity_id from search_documents where organisation_id = ${combinations}`.execute(t.db);
    const entityOf = new Map(rows.map((r) => [Number(r.id), r.entity_id]));
    for (const prefixes of [
      ['fietspad', 'snelweg'],
      ['fietspad'],
      ['snelweg', 'fietspadnet'],
      ['snelwegn'],
    ]) {
      const got = await recentPostings(t.db, combinations, parseQuery(prefixes.join(' ')), undefined, 10);
      const want = expected(prefixes);
      expect(got.map((r) => entityOf.get(r.id))).toEqual(want.map((r) => r.id));
      for (const [i, r] of got.entries()) expect(r.rank).toBeCloseTo(want[i].rank, 12);
    }
  });

  it('keeps the postings equal to the index through upserts, changes, removals and a rebuild', async () => {
    expect(await postingsMismatch(t.db)).toBe(0);
    await indexEntity(t.db, {
      organisationId: org,
      kind: 'letter',
      id: 'r0000',
      title: 'Nieuw',
      body: 'bodemdaling',
    });
    await indexEntity(t.db, {
      organisationId: other,
      kind: 'letter',
      id: 'r0002',
      title: 'Verhuisd',
      body: 'laadpalen',
    });
    await removeFromIndex(t.db, 'agreement', 'r0003');
    expect(await postingsMismatch(t.db)).toBe(0);
    expect((await recentPostings(t.db, org, parseQuery('bodemdaling'), undefined, 10)).length).toBe(1);
    expect((await recentPostings(t.db, org, parseQuery('laadpalen'), undefined, 10)).length).toBe(0);
    expect((await recentPostings(t.db, other, parseQuery('laadpalen'), undefined, 10)).length).toBe(1);
    await reindexAll(t.db, org);
    expect(await postingsMismatch(t.db)).toBe(0);
    // The rebuild vacuumed the postings: every page all-visible, so reading them needs no heap fetch.
    const { rows } = await sql<{ relpages: number; relallvisible: number }>`
      select relpages, relallvisible from pg_class where relname = 'search_postings'`.execute(t.db);
    expect(rows[0].relpages).toBeGreaterThan(0);
    expect(rows[0].relallvisible).toBe(rows[0].relpages);
    const { rows: options } = await sql<{ reloptions: string[] }>`
      select reloptions from pg_class where relname = 'search_postings'`.execute(t.db);
    expect(options[0].reloptions).toContain('autovacuum_vacuum_insert_scale_factor=0.01');
  });
  it('keeps the postings equal to the index when two transactions rewrite the same record at once', async () => {
    for (let round = 0; round < 5; round += 1)
      await Promise.all(
        ['bodemdaling netcongestie', 'netcongestie laadpalen', 'zwerfafval'].map((body) =>
          inTransaction(t.db, (trx) =>
            indexEntity(trx, {
              organisationId: org,
              kind: 'letter',
              id: 'gelijktijdig',
              title: 'Brief',
              body,
            }),
          ),
        ),
      );
    expect(await postingsMismatch(t.db)).toBe(0);
  });
  it('keeps the postings equal to the index when transactions write a record that is not indexed yet', async () => {
    // Every other round a record no index row exists for: the first writer inserts it, the others must wait
    // for that row and then replace its postings, never leave the first writer's postings behind.
    for (let round = 0; round < 12; round += 1) {
      const id = round % 2 === 0 ? `gelijktijdig-nieuw-${round}` : 'gelijktijdig-bestaand';
      await Promise.all(
        ['bodemdaling netcongestie', 'netcongestie laadpalen', 'zwerfafval', 'wegonderhoud bodemdaling'].map(
          (body) =>
            inTransaction(t.db, (trx) =>
              indexEntity(trx, { organisationId: org, kind: 'letter', id, title: 'Brief', body }),
            ),
        ),
      );
      expect(await postingsMismatch(t.db)).toBe(0);
    }
    // Batches of the same records in opposite orders, at once: no deadlock, postings exact.
    const batch = (ids: string[]) =>
      inTransaction(t.db, (trx) =>
        upsertSearchDocuments(
          trx,
          ids.map((id, i) => ({
            organisationId: org,
            kind: 'agreement' as const,
            id,
            title: 'Afspraak',
            body: i % 2 === 0 ? 'netcongestie' : 'laadpalen',
            stems: i % 2 === 0 ? 'netcongestie' : 'laadpal',
          })),
        ),
      );
    for (let round = 0; round < 4; round += 1) {
      const ids = Array.from({ length: 40 }, (_, i) => `partij-${round}-${i}`);
      await Promise.all([batch(ids), batch([...ids].reverse()), batch(ids.slice(10, 30))]);
      expect(await postingsMismatch(t.db)).toBe(0);
    }
  });

  it('marks the postings all-visible after a rebuild, also when a snapshot was still open at its first vacuum', async () => {
    // A transaction that took its snapshot before the new postings were committed (as an autovacuum's analyze
    // of a freshly loaded table): VACUUM may not mark their pages all-visible while it runs.
    const holder = new pg.Client({ connectionString: t.url });
    const watcher = new pg.Client({ connectionString: t.url });
    await Promise.all([holder.connect(), watcher.connect()]);
    const vacuums = async () =>
      Number(
        (
          await watcher.query(
            "select vacuum_count as n from pg_stat_user_tables where relname = 'search_postings'",
          )
        ).rows[0].n,
      );
    try {
      await holder.query('begin isolation level repeatable read');
      await holder.query('select 1');
      await inTransaction(t.db, async (trx) => {
        for (let i = 0; i < ROWS; i += 1)
          await indexEntity(trx, {
            organisationId: org,
            kind: 'letter',
            id: `nieuw${String(i).padStart(4, '0')}`,
            title: `Nieuwe brief ${i}`,
            body: corpusWords(ROWS + i),
          });
      });
      const before = await vacuums();
      const refreshing = refreshSearchStatistics(t.db);
      // The snapshot goes once the first vacuum has run (with it still open).
      while ((await vacuums()) === before) await new Promise((resolve) => setTimeout(resolve, 20));
      await holder.query('commit');
      await refreshing;
      const { rows } = await watcher.query<{ visible: number; pages: number }>(
        "select relallvisible as visible, relpages as pages from pg_class where relname = 'search_postings'",
      );
      expect(Number(rows[0].pages)).toBeGreaterThan(0);
      expect(Number(rows[0].visible)).toBeGreaterThanOrEqual(0.9 * Number(rows[0].pages));
    } finally {
      await holder.end();
      await watcher.end();
    }
  }, 60_000);
});

describe('the search-postings migration on postgres', () => {
  it('fills the postings of the rows indexed before it', async () => {
    const fresh = await freshDatabaseUrl('postgres');
    const opened = await openDatabase(fresh.url);
    try {
      const migrator = new Migrator({ db: opened.db, provider: { getMigrations: async () => migrations } });
      expect((await migrator.migrateTo('2026-12-01T0500_register-notify')).error).toBeUndefined();
      const org = await insertEarlyOrganisation(opened.db, 'migratie', 'Vereniging voor de migratie');
      for (const [id, stems] of [
        ['m1', 'jeugdzorgkost regio jeugdzorgkost'],
        ['m2', 'jeugdzorgbudget gemeent'],
      ])
        await sql`
          insert into search_documents (organisation_id, entity_kind, entity_id, title, body, stems, updated_at)
          values (${org}, 'motion', ${id}, ${id}, ${stems}, ${stems}, '2026-11-30T12:00:00.000Z')`.execute(
          opened.db,
        );
      await migrateToLatest(opened.db);
      expect(await postingsMismatch(opened.db)).toBe(0);
      const { rows } = await sql<{ term: string; tf: number }>`
        select term, tf from search_postings order by term`.execute(opened.db);
      expect(rows).toEqual([
        { term: 'gemeent', tf: 1 },
        { term: 'jeugdzorgbudget', tf: 1 },
        { term: 'jeugdzorgkost', tf: 2 },
        { term: 'regio', tf: 1 },
      ]);
      expect((await recentPostings(opened.db, org, parseQuery('jeugdzorg'), ['motion'], 10)).length).toBe(2);
    } finally {
      await opened.close();
      await fresh.drop();
    }
  });
});
