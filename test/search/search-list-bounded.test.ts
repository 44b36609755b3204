import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/auth/roles.js';
import type { MotionStatus } from '../../src/domain/types.js';
import { reindexAll } from '../../src/search/index.js';
import { buildServer } from '../../src/server.js';
import { findMotions, type MotionQuery } from '../../src/services/motions/find-motions.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { newId } from '../../src/store/clock.js';
import type { MotionSort } from '../../src/store/repositories/motions.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import type { Page } from '../../src/store/repositories/shared.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

/**
 * The motion list with a search term (docs/adr/019-bounded-search-lists.md): a common word's page is read by
 * walking the list in its index order and testing each motion against the match, a rarer word's matches are
 * ordered as they are. Either way the pages must be exactly those of the whole list ordered by date (newest
 * first, then id), on both engines. The register: 1,600 motions, three to a minute (ties on the date), indexed
 * in id order (so the index's own order is not the date's); 7 in 8 about gemeentefinanciën, every tenth a
 * draft (which the public does not see), every third held, a few about warmtenetten.
 */
const MOTIONS = 1600;
const common = (i: number) => i % 8 !== 0;
const rare = (i: number) => i % 45 === 3;
const statusOf = (i: number): MotionStatus => (i % 10 === 1 ? 'draft' : i % 3 === 0 ? 'held' : 'adopted');

type Row = { id: string; number: string; title: string; status: MotionStatus; created_at: string };

describe.each(ENGINES)('motion list with a search term on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let org: string;
  let organisation: Awaited<ReturnType<typeof createOrganisation>>;
  const rows: Row[] = [];

  /** The whole list as the exact ordering gives it: the matches the public sees, newest first, then by id. */
  const exact = (matches: (row: Row, i: number) => boolean, status?: MotionStatus) =>
    rows
      .map((r, i) => ({ r, i }))
      .filter(({ r, i }) => matches(r, i) && r.status !== 'draft' && (!status || r.status === status))
      .map(({ r }) => r)
      .sort((a, b) =>
        a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? 1 : -1,
      )
      .map((r) => r.number);
  const list = async (query: MotionQuery, page: Page, sort: MotionSort = '-created') =>
    findMotions({ db: t.db, organisationId: org, reader: ANONYMOUS, query, page, sort });

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    organisation = await createOrganisation(t.db, {
      name: 'Testvereniging',
      slug: 'test',
      settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
      actor: SYSTEM_ACTOR,
    });
    org = organisation.id;
    const records = Array.from({ length: MOTIONS }, (_, i) => {
      const created = new Date(Date.UTC(2021, 0, 1) + Math.floor(i / 3) * 60_000).toISOString();
      const row: Row = {
        id: newId(),
        number: `M${i}`,
        title: `${common(i) ? 'Solide gemeentefinanciën' : 'Betaalbaar wonen'} ${i}${rare(i) ? ' en warmtenetten' : ''}`,
        status: statusOf(i),
        created_at: created,
      };
      rows.push(row);
      return {
        ...row,
        organisation_id: org,
        topic: 'Financiën',
        call: 'roept het bestuur op',
        body: null,
        and_others: 0,
        meeting_id: null,
        agenda_item_id: null,
        submitted_at: row.status === 'draft' ? null : created,
        decided_at: null,
        vote_result: null,
        vote_percentage: null,
        by_acclamation: 0,
        published: 1,
        updated_at: created,
      };
    });
    await inTransaction(t.db, async (trx) => {
      for (let i = 0; i < records.length; i += 200)
        await trx
          .insertInto('motions')
          .values(records.slice(i, i + 200))
          .execute();
    });
    await reindexAll(t.db, org);
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
  });

  it('shows the same first pages of a common word as the exact ordering, counted up to the bound', async () => {
    const expected = exact((_, i) => common(i));
    expect(expected.length).toBeGreaterThan(1000);
    for (const offset of [0, 25, 50, 1000, expected.length - 10]) {
      const page = await list({ q: 'gemeentefinancien' }, { limit: 25, offset });
      expect(page).toMatchObject({ total: 1000, totalIsLowerBound: true });
      expect(page.items.map((m) => m.number)).toEqual(expected.slice(offset, offset + 25));
    }
    // The next page by cursor (the API's deep pages) continues the same order.
    const first = await list({ q: 'gemeentefinanciën' }, { limit: 40, offset: 0 });
    const second = await list({ q: 'gemeentefinanciën' }, { limit: 40, offset: 0, after: first.next });
    expect([...first.items, ...second.items].map((m) => m.number)).toEqual(expected.slice(0, 80));
  });

  it('orders a rarer match exactly, with an exact count, alone and with a filter', async () => {
    const rareExpected = exact((_, i) => rare(i));
    const page = await list({ q: 'warmtenetten' }, { limit: 25, offset: 0 });
    expect(page).toMatchObject({ total: rareExpected.length, totalIsLowerBound: false });
    expect(page.items.map((m) => m.number)).toEqual(rareExpected.slice(0, 25));
    const held = exact((_, i) => common(i), 'held');
    expect(held.length).toBeLessThan(1000);
    for (const offset of [0, 100]) {
      const filtered = await list({ q: 'gemeentefinancien', status: ['held'] }, { limit: 25, offset });
      expect(filtered).toMatchObject({ total: held.length, totalIsLowerBound: false });
      expect(filtered.items.map((m) => m.number)).toEqual(held.slice(offset, offset + 25));
    }
    const none = await list({ q: 'warmtenetten', status: ['rejected'] }, { limit: 25, offset: 0 });
    expect(none).toMatchObject({ items: [], total: 0, totalIsLowerBound: false });
  });

  it('orders a common word by title over every match', async () => {
    const byTitle = rows
      .map((r, i) => ({ r, i }))
      .filter(({ r, i }) => common(i) && r.status !== 'draft')
      .map(({ r }) => r)
      .sort((a, b) => (a.title === b.title ? (a.id < b.id ? -1 : 1) : a.title < b.title ? -1 : 1))
      .map((r) => r.number);
    const page = await list({ q: 'gemeentefinancien' }, { limit: 25, offset: 0 }, 'title');
    expect(page).toMatchObject({ total: 1000, totalIsLowerBound: true });
    expect(page.items.map((m) => m.number)).toEqual(byTitle.slice(0, 25));
  });

  it('says "meer dan 1.000" in the portal beyond the bound and the exact number below it', async () => {
    const app = await buildServer({ ctx: { db: t.db, engine, organisation } });
    try {
      const many = await app.inject('/moties?q=gemeentefinancien');
      expect(many.statusCode).toBe(200);
      expect(many.body).toContain('Meer dan 1.000 moties');
      const newest = exact((_, i) => common(i))[0];
      expect(many.body).toContain(`gemeentefinanciën</mark> ${newest.slice(1)}`);
      const few = await app.inject('/moties?q=warmtenetten');
      expect(few.body).not.toContain('Meer dan');
      expect(few.body).toContain(`${exact((_, i) => rare(i)).length} moties`);
    } finally {
      await app.close();
    }
  });
});
