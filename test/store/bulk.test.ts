import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsertMotions } from '../../src/store/bulk.js';
import { listMotions } from '../../src/store/repositories/motions.js';
import { ENGINES } from '../support/engines.js';
import { auditActions, openStoreFixture, type StoreFixture } from './store-fixture.js';

describe.each(ENGINES)('bulk motion insert on %s', (engine) => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await openStoreFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('inserts over several batches with one audit event and lists them like created ones', async () => {
    const motions = Array.from({ length: 1203 }, (_, i) => ({
      title: `Motie ${i}`,
      status: i % 4 === 0 ? ('held' as const) : ('adopted' as const),
      createdAt: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(),
      submitters: [
        { memberId: i % 2 ? f.members.GM0513 : f.members.GM0363, name: 'x' },
        { memberId: f.members.GM1931, name: 'Krimpenerwaard' },
      ],
    }));
    expect(await bulkInsertMotions(f.db, f.ctx, motions)).toEqual({ inserted: 1203 });
    expect(await auditActions(f, f.ctx.organisationId)).toContain('motion.bulk-inserted');
    const held = await listMotions(f.db, f.ctx.organisationId, { status: ['held'] }, { limit: 5, offset: 0 });
    expect(held.total).toBe(301);
    expect(held.items[0].title).toBe('Motie 1200');
    expect(held.items[0].submitters.map((s) => s.position)).toEqual([1, 2]);
    const gouda = await listMotions(
      f.db,
      f.ctx.organisationId,
      { memberId: f.members.GM0513 },
      { limit: 1, offset: 0 },
    );
    expect(gouda.total).toBe(601);
  });
});
