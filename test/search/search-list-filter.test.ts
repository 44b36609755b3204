import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query.js';
import { boundedCount } from '../../src/store/repositories/search-index/types.js';
import { matchFilter, upsertSearchDocuments } from '../../src/store/repositories/search-index.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { corpusWords, createSearchOrganisation, indexRow, plainMatches } from '../support/search-setup.js';

/**
 * The search as a list filter (`matchFilter`, docs/adr/019 and 032): on PostgreSQL from the postings, on SQLite
 * from FTS5. Its three forms (the ids, a record's test, the count up to the bound with a condition) must give
 * the matches a plain reading of every row's tokens gives, for one word, a prefix of several tokens, two words,
 * a word of another organisation or kind only, and a word nobody used, on both engines.
 */
const ROWS = 1500;

describe.each(ENGINES)('the search list filter on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let org: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    org = await createSearchOrganisation(t.db, 'filter');
    const other = await createSearchOrganisation(t.db, 'ander');
    await inTransaction(t.db, async (trx) => {
      await upsertSearchDocuments(
        trx,
        Array.from({ length: ROWS }, (_, i) =>
          indexRow(
            i % 11 === 0 ? other : org,
            i % 7 === 0 ? 'letter' : 'motion',
            `r${i}`,
            corpusWords(i, 'regio'),
          ),
        ),
      );
      await upsertSearchDocuments(trx, [
        indexRow(other, 'motion', 'alleen-elders', 'bodemdaling'),
        indexRow(org, 'letter', 'alleen-brief', 'laadpalen'),
      ]);
    });
  }, 120_000);

  afterAll(async () => {
    await t?.cleanup();
  });

  it.each([
    'regio',
    'wegonderhoud',
    'wegonder',
    'armoedebeleid wegonder',
    'wegonderhoudsplan armoedebeleid',
    'zwerfafval regio',
    'bodemdaling',
    'laadpalen',
    'onbekendwoord',
  ])('%s: the ids, each record’s test and the bounded count agree with a plain reading', async (q) => {
    const expected = (await plainMatches(t.db, org, q, Number.MAX_SAFE_INTEGER, ['motion'])).map(
      (r) => r.entityId,
    );
    const filter = await matchFilter(t.db, org, 'motion', parseQuery(q));
    if (!filter) throw new Error('a query with words gives a filter');
    const ids = await sql<{ entity_id: string }>`
      select entity_id from search_documents where entity_id in ${filter.ids}`.execute(t.db);
    expect(ids.rows.map((r) => r.entity_id).sort()).toEqual([...expected].sort());
    const tested = async (found?: number) => {
      const { rows } = await sql<{ entity_id: string }>`
        select s.entity_id from search_documents s
        where s.organisation_id = ${org} and s.entity_kind = 'motion' and ${filter.matches('s.entity_id', found)}`.execute(
        t.db,
      );
      return rows.map((r) => r.entity_id).sort();
    };
    expect(await tested()).toEqual([...expected].sort());
    expect(await filter.count(t.db, sql`1 = 1`)).toEqual(boundedCount(expected.length));
    // After a count that stopped at the bound, a short walk tests each row's stems (SQLite, docs/adr/034).
    for (const found of [undefined, 25, 10_000]) expect(await tested(found)).toEqual([...expected].sort());
    const even = expected.filter((id) => Number(id.slice(1)) % 2 === 0);
    expect(await filter.count(t.db, sql`d.entity_id in (${sql.join(even.length ? even : [''])})`)).toEqual(
      boundedCount(even.length),
    );
  });
});
