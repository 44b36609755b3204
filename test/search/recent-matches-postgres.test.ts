import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexEntity } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { newId } from '../../src/store/clock.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { recentMatchIds } from '../../src/store/repositories/search-index/postgres.js';
import { inTransaction } from '../../src/store/transaction.js';
import { openTestDatabase } from '../support/engines.js';

/**
 * PostgreSQL's newest matches come from three bounded passes (the newest rows of the index, the GIN index up to
 * a cap of matches, the walk backwards): whichever pass answers, the ids must be the `limit` newest matches, as
 * the plain ordered query gives them. A window of 100 rows over 600 and a cap of 150 matches make every pass
 * answer in a small register (wegonderhoud: 200 matches, 33 in the window; armoedebeleid: 120, 20).
 */
const ROWS = 600;
const WINDOW = 100;
const CAP = 150;
const words = (i: number) =>
  [i % 3 === 0 ? 'wegonderhoud' : '', i % 5 === 0 ? 'armoedebeleid' : '', i % 97 === 0 ? 'zwerfafval' : '']
    .filter(Boolean)
    .join(' ');

describe('newest search matches on postgres', () => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let org: string;

  beforeAll(async () => {
    t = await openTestDatabase('postgres');
    org = (
      await createOrganisation(t.db, {
        name: 'Zoekvereniging',
        slug: 'zoeken',
        settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
        actor: SYSTEM_ACTOR,
      })
    ).id;
    await inTransaction(t.db, async (trx) => {
      for (let i = 0; i < ROWS; i += 1)
        await indexEntity(trx, {
          organisationId: org,
          kind: i % 2 === 0 ? 'letter' : 'agreement',
          id: newId(),
          title: `Brief ${i}`,
          body: words(i),
        });
    });
  }, 120_000);

  afterAll(async () => {
    await t?.cleanup();
  });

  const plain = async (word: string, limit: number, kind?: string) => {
    const { rows } = await sql<{ id: string }>`
      select id from search_documents
      where organisation_id = ${org} and stems like ${`%${word}%`}
        ${kind ? sql`and entity_kind = ${kind}` : sql``}
      order by id desc limit ${limit}`.execute(t.db);
    return rows.map((r) => Number(r.id));
  };

  it.each([
    ['wegonderhoud', 30, 'the window holds the limit: first pass'],
    [
      'armoedebeleid',
      30,
      'the window holds fewer than the limit, the matches fewer than the cap: the GIN pass',
    ],
    ['wegonderhoud', 40, 'the window holds fewer than the limit, the matches more than the cap: the walk'],
    ['zwerfafval', 30, 'fewer matches than the limit: all of them'],
    ['wegonderhoud', 1001, 'a limit beyond every match'],
  ])('%s, limit %i (%s)', async (word, limit) => {
    const got = await recentMatchIds(t.db, org, parseQuery(word), sql``, limit, WINDOW, CAP);
    const expected = await plain(word, limit);
    expect(expected.length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });

  it('keeps to the kinds asked for in every pass (letters: wegonderhoud 100 matches, armoedebeleid 60; cap 80)', async () => {
    for (const [word, limit] of [
      ['wegonderhoud', 10],
      ['armoedebeleid', 20],
      ['wegonderhoud', 40],
    ] as const) {
      const got = await recentMatchIds(
        t.db,
        org,
        parseQuery(word),
        sql`and d.entity_kind = ${'letter'}`,
        limit,
        WINDOW,
        80,
      );
      expect(got).toEqual(await plain(word, limit, 'letter'));
    }
  });
});
