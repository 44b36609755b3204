import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countSearchDocuments,
  querySearchDocuments,
  type SearchTerm,
  upsertSearchDocuments,
} from '../../src/store/repositories/search-index.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { createSearchOrganisation, indexRow as doc } from '../support/search-setup.js';

/**
 * The newest matches are read from the text index in batches and checked against the organisation and kinds
 * (docs/adr/023): another organisation's newer rows fill the first batches, a prefix stands for the whole tokens
 * it matches (on SQLite from the vocabulary kept by every write), a prefix of very many tokens or of none
 * still answers right. The same sets on both engines.
 */
const prefix = (word: string): SearchTerm => ({ alternatives: [word], prefix: true });
const whole = (word: string): SearchTerm => ({ alternatives: [word], prefix: false });

describe.each(ENGINES)('search candidates on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let orgA: string;
  let orgB: string;

  const org = (slug: string) => createSearchOrganisation(t.db, slug);

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    orgA = await org('a');
    orgB = await org('b');
    await inTransaction(t.db, async (trx) => {
      // Oldest first: A's motions and letters, then 2,500 newer rows of B with the same word.
      await upsertSearchDocuments(trx, [
        ...Array.from({ length: 30 }, (_, i) =>
          doc(
            orgA,
            'motion',
            `a-m${i}`,
            i === 7 ? 'jeugdzorgkost jeugdzorgkost jeugdzorgkost' : 'jeugdzorgkost regio',
          ),
        ),
        ...Array.from({ length: 20 }, (_, i) => doc(orgA, 'letter', `a-l${i}`, 'jeugdzorgkost ledenbrief')),
        ...Array.from({ length: 70 }, (_, i) => doc(orgA, 'letter', `a-w${i}`, `wegvak${i} onderhoud`)),
      ]);
      await upsertSearchDocuments(
        trx,
        Array.from({ length: 2_500 }, (_, i) => doc(orgB, 'motion', `b-m${i}`, 'jeugdzorgkost')),
      );
    });
    // A token first indexed now, one record at a time.
    await upsertSearchDocuments(t.db, [doc(orgA, 'motion', 'a-new', 'jeugdzorgbudget regio')]);
  }, 120_000);

  afterAll(async () => {
    await t?.cleanup();
  });

  it('finds the organisation’s matches behind many newer rows of another organisation', async () => {
    const found = await querySearchDocuments(t.db, orgA, [prefix('jeugdzorg')], {
      kinds: ['motion'],
      limit: -1,
      offset: 0,
    });
    const expected = [...Array.from({ length: 30 }, (_, i) => `a-m${i}`), 'a-new'];
    expect(found.rows.map((r) => r.id).sort()).toEqual(expected.sort());
    expect(found).toMatchObject({ total: 31, totalIsLowerBound: false });
    // The record with the word three times ranks above those with it once (on SQLite a rarer token of the same
    // prefix weighs more: each token has its own document frequency in bm25).
    const ids = found.rows.map((r) => r.id);
    expect(ids.filter((id) => id.startsWith('a-m'))[0]).toBe('a-m7');
    expect(await countSearchDocuments(t.db, orgA, [prefix('jeugdzorg')])).toEqual({
      total: 51,
      totalIsLowerBound: false,
    });
    expect(await countSearchDocuments(t.db, orgB, [prefix('jeugdzorg')])).toEqual({
      total: 1000,
      totalIsLowerBound: true,
    });
  });

  it('keeps to the kinds asked for and pages through the same set', async () => {
    const letters = await countSearchDocuments(t.db, orgA, [prefix('jeugdzorg')], { kinds: ['letter'] });
    expect(letters).toEqual({ total: 20, totalIsLowerBound: false });
    const pages = [];
    for (let offset = 0; offset < 60; offset += 7)
      pages.push(
        ...(await querySearchDocuments(t.db, orgA, [prefix('jeugdzorg')], { limit: 7, offset })).rows.map(
          (r) => r.id,
        ),
      );
    expect(new Set(pages).size).toBe(51);
    expect(pages).toHaveLength(51);
  });

  it('matches a prefix’s whole tokens, a prefix of very many tokens, and nothing for a prefix of none', async () => {
    const budget = await querySearchDocuments(t.db, orgA, [prefix('jeugdzorgb')], { limit: 10, offset: 0 });
    expect(budget.rows.map((r) => r.id)).toEqual(['a-new']);
    expect((await countSearchDocuments(t.db, orgA, [prefix('wegvak')])).total).toBe(70);
    expect((await countSearchDocuments(t.db, orgA, [whole('wegvak7')])).total).toBe(1);
    expect((await countSearchDocuments(t.db, orgA, [prefix('wegvak6')])).total).toBe(11);
    expect(await countSearchDocuments(t.db, orgA, [prefix('onbekendwoord')])).toEqual({
      total: 0,
      totalIsLowerBound: false,
    });
    const none = await querySearchDocuments(t.db, orgA, [prefix('regio'), prefix('onbekendwoord')], {
      limit: 10,
      offset: 0,
    });
    expect(none).toEqual({ rows: [], total: 0, totalIsLowerBound: false });
    const both = await querySearchDocuments(t.db, orgA, [prefix('regio'), prefix('jeugdzorg')], {
      limit: 100,
      offset: 0,
    });
    expect(both.rows).toHaveLength(30);
  });
});
