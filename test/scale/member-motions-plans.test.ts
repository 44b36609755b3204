import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { type BulkMotion, bulkInsertMotions } from '../../src/store/bulk.js';
import { listMembers } from '../../src/store/repositories/members.js';
import { listMotions } from '../../src/store/repositories/motions.js';
import { openStoreFixture, type StoreFixture } from '../store/store-fixture.js';
import { ENGINES } from '../support/engines.js';
import { fullScans, plansOf } from '../support/query-plans.js';

/**
 * A member's motions, newest first (the member's page): exactly the member's, counted, and on PostgreSQL read
 * from the member's submissions and then by primary key, not by walking the register newest first and probing
 * every motion's submitters until a page is found (at 100,000 motions that walk took 30 ms a page).
 */
const MOTIONS = 20_000;

describe.each(ENGINES)('a member’s motions on %s', (engine) => {
  let t: StoreFixture;
  let org: string;
  let member: string;
  let theirs: { id: string; createdAt: string }[];

  beforeAll(async () => {
    t = await openStoreFixture(engine);
    org = t.ctx.organisationId;
    const writer = t.ctx;
    await seedMunicipalities(t.db, writer);
    const members = await listMembers(t.db, org);
    member = members[7].id;
    const start = Date.parse('2014-01-01T00:00:00Z');
    const motions: BulkMotion[] = Array.from({ length: MOTIONS }, (_, i) => {
      const a = members[(i * 7) % members.length];
      const b = members[(i * 13 + 5) % members.length];
      return {
        id: crypto.randomUUID(),
        title: `Motie ${i}`,
        status: 'adopted',
        createdAt: new Date(start + i * 3_600_000).toISOString(),
        submitters: (a.id === b.id ? [a] : [a, b]).map((m) => ({ memberId: m.id, name: m.name })),
      };
    });
    await bulkInsertMotions(t.db, writer, motions);
    theirs = motions
      .filter((m) => m.submitters.some((s) => s.memberId === member))
      .map((m) => ({ id: m.id as string, createdAt: m.createdAt as string }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, 240_000);
  afterAll(async () => t?.cleanup());

  it('lists exactly the member’s motions, newest first, with their number', async () => {
    expect(theirs.length).toBeGreaterThan(50);
    const first = await listMotions(t.db, org, { memberId: member }, { limit: 25, offset: 0 });
    expect(first.total).toBe(theirs.length);
    expect(first.items.map((m) => m.id)).toEqual(theirs.slice(0, 25).map((m) => m.id));
    const later = await listMotions(t.db, org, { memberId: member }, { limit: 25, offset: 50 });
    expect(later.items.map((m) => m.id)).toEqual(theirs.slice(50, 75).map((m) => m.id));
  });

  it('reads them from the member’s submissions, not by walking the register', async () => {
    const plans = await plansOf(t.db, engine, (db) =>
      listMotions(db, org, { memberId: member }, { limit: 25, offset: 0 }),
    );
    for (const plan of plans) expect(fullScans(plan, ['motions', 'motion_submitters']), plan).toEqual([]);
    const page = plans.find((plan) => plan.includes('submitters_json')) ?? '';
    expect(page, plans.join('\n\n')).toMatch(/motion_submitters_member/);
    if (engine === 'postgres') expect(page, page).not.toMatch(/Semi Join/);
  });

  it('shows a member the drafts it submitted and no other, the others’ motions as before', async () => {
    const writer = t.ctx;
    const others = (await listMembers(t.db, org)).filter((m) => m.id !== member);
    const mine = crypto.randomUUID();
    const theirsDraft = crypto.randomUUID();
    const later = new Date(Date.parse('2030-01-01T00:00:00Z')).toISOString();
    await bulkInsertMotions(t.db, writer, [
      {
        id: mine,
        title: 'Concept van het lid',
        status: 'draft',
        createdAt: later,
        submitters: [{ memberId: member, name: 'Lid' }],
      },
      {
        id: theirsDraft,
        title: 'Concept van een ander',
        status: 'draft',
        createdAt: later,
        submitters: [{ memberId: others[0].id, name: others[0].name }],
      },
    ]);
    const drafts = { memberId: member };
    const page = await listMotions(t.db, org, { drafts }, { limit: 3, offset: 0 });
    expect(page.items.map((m) => m.id)).toContain(mine);
    expect(page.items.map((m) => m.id)).not.toContain(theirsDraft);
    expect(page.total).toBe(MOTIONS + 1);
    const plans = await plansOf(t.db, engine, (db) =>
      listMotions(db, org, { drafts }, { limit: 25, offset: 0 }),
    );
    for (const plan of plans) expect(fullScans(plan, ['motion_submitters']), plan).toEqual([]);
    // PostgreSQL lists the member's motions once, as a parameter, instead of hashing a subplan per row read.
    if (engine === 'postgres') for (const plan of plans) expect(plan, plan).not.toMatch(/hashed SubPlan/);
  });
});
