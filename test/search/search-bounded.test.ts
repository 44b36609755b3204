import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/auth/roles.js';
import { indexEntity, SEARCH_COUNT_BOUND, searchAll, searchCount } from '../../src/search/index.js';
import { findMotions } from '../../src/services/motions/find-motions.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { newId, nowIso } from '../../src/store/clock.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

/**
 * A common word: 1,050 published motions all about gemeentefinanciën, indexed in the order of their number;
 * 30 of them (every 35th) also about warmtenetten, a rare word. Counts stop at 1000 ("meer dan 1.000"),
 * a common word shows its 1000 most recently indexed matches newest first, so the same pages on both engines:
 * M1049 … M50; a word with an exact count is ranked.
 */
const MOTIONS = 1050;
const RARE = (i: number) => i % 35 === 0;

describe.each(ENGINES)('bounded search on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let org: string;
  const numberOf = new Map<string, number>();

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    org = (
      await createOrganisation(t.db, {
        name: 'Testvereniging',
        slug: 'test',
        settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
        actor: SYSTEM_ACTOR,
      })
    ).id;
    const at = nowIso();
    const rows = Array.from({ length: MOTIONS }, (_, i) => {
      const id = newId();
      numberOf.set(id, i);
      const created = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
      return {
        id,
        organisation_id: org,
        number: `M${i}`,
        title: `Solide gemeentefinanciën ${i}${RARE(i) ? ' en warmtenetten' : ''}`,
        topic: 'Financiën',
        call: 'roept het kabinet op de opschalingskorting te schrappen',
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
        created_at: created,
        updated_at: created,
      };
    });
    await inTransaction(t.db, async (trx) => {
      for (let i = 0; i < rows.length; i += 200)
        await trx
          .insertInto('motions')
          .values(rows.slice(i, i + 200))
          .execute();
      for (const r of rows)
        await indexEntity(trx, {
          organisationId: org,
          kind: 'motion',
          id: r.id,
          title: r.title,
          body: r.call,
        });
    });
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
  });

  it('counts a common word exactly up to 1000 and says there are more beyond it', async () => {
    expect(SEARCH_COUNT_BOUND).toBe(1000);
    expect(await searchCount(t.db, org, 'gemeentefinanciën')).toEqual({
      total: 1000,
      totalIsLowerBound: true,
    });
    expect(await searchCount(t.db, org, 'warmtenetten')).toEqual({ total: 30, totalIsLowerBound: false });
    expect(await searchCount(t.db, org, 'gemeentefinanciën', ['letter'])).toEqual({
      total: 0,
      totalIsLowerBound: false,
    });
    const page = await searchAll(t.db, org, { q: 'gemeentefinancien', limit: 20, offset: 0 });
    expect(page.total).toBe(1000);
    expect(page.totalIsLowerBound).toBe(true);
    expect(page.items).toHaveLength(20);
    const rare = await searchAll(t.db, org, { q: 'warmtenetten', limit: 100, offset: 0 });
    expect(rare).toMatchObject({ total: 30, totalIsLowerBound: false });
    expect(rare.items.map((h) => numberOf.get(h.id)).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: MOTIONS }, (_, i) => i).filter(RARE),
    );
  });

  it('shows the 1000 most recently indexed matches of a common word newest first: the same pages on both engines', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 1000; offset += 100) {
      const page = await searchAll(t.db, org, { q: 'gemeentefinanciën', limit: 100, offset });
      expect(page.items.every((h) => h.rank === 0)).toBe(true);
      seen.push(...page.items.map((h) => h.id));
    }
    expect(new Set(seen).size).toBe(1000);
    // Unranked beyond the bound (docs/adr/034): in the order they were indexed, newest first, M1049 … M50.
    expect(seen.map((id) => numberOf.get(id)!)).toEqual(Array.from({ length: 1000 }, (_, i) => 1049 - i));
    const past = await searchAll(t.db, org, { q: 'gemeentefinanciën', limit: 20, offset: 1000 });
    expect(past).toMatchObject({ items: [], total: 1000, totalIsLowerBound: true });
    const again = await searchAll(t.db, org, { q: 'gemeentefinanciën', limit: 100, offset: 0 });
    expect(again.items.map((h) => h.id)).toEqual(seen.slice(0, 100));
    const rare = await searchAll(t.db, org, { q: 'warmtenetten gemeentefinanciën', limit: 5, offset: 0 });
    expect(rare.items[0].titleHtml).toContain('<mark>warmtenetten</mark>');
  });

  it('ranks every match, best first, when the count is exact', async () => {
    const rare = await searchAll(t.db, org, { q: 'warmtenetten', limit: 100, offset: 0 });
    expect(rare).toMatchObject({ total: 30, totalIsLowerBound: false });
    expect(rare.items.some((h) => h.rank !== 0)).toBe(true);
    for (let i = 1; i < rare.items.length; i++)
      expect(rare.items[i - 1].rank).toBeGreaterThanOrEqual(rare.items[i].rank);
    // Ties newest first: every title says the word once, so only recency tells them apart on PostgreSQL.
    const paged = [];
    for (let offset = 0; offset < 30; offset += 7)
      paged.push(
        ...(await searchAll(t.db, org, { q: 'warmtenetten', limit: 7, offset })).items.map((h) => h.id),
      );
    expect(paged).toEqual(rare.items.map((h) => h.id));
  });

  it('lists motions with a search term on the same path: bounded count, every match pageable', async () => {
    const read = { db: t.db, organisationId: org, reader: ANONYMOUS };
    const first = await findMotions({
      ...read,
      query: { q: 'gemeentefinancien' },
      page: { limit: 25, offset: 0 },
    });
    expect(first).toMatchObject({ total: 1000, totalIsLowerBound: true });
    expect(first.items.map((m) => m.number)).toEqual(Array.from({ length: 25 }, (_, i) => `M${1049 - i}`));
    const last = await findMotions({
      ...read,
      query: { q: 'gemeentefinancien' },
      page: { limit: 25, offset: 1025 },
    });
    expect(last.items.map((m) => m.number)).toEqual(Array.from({ length: 25 }, (_, i) => `M${24 - i}`));
    const rare = await findMotions({ ...read, query: { q: 'warmtenetten' }, page: { limit: 10, offset: 0 } });
    expect(rare).toMatchObject({ total: 30, totalIsLowerBound: false });
    const plain = await findMotions({ ...read, query: {}, page: { limit: 1, offset: 0 } });
    expect(plain.total).toBe(MOTIONS);
    expect(plain.totalIsLowerBound).toBeUndefined();
  });
});
