import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting, listMeetings } from '../../src/store/repositories/meetings.js';
import { ENGINES } from '../support/engines.js';
import { openStoreFixture, type StoreFixture } from './store-fixture.js';

describe.each(ENGINES)('list totals on %s', (engine) => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await openStoreFixture(engine);
    for (const day of ['01', '02', '03', '04', '05'])
      await createMeeting(f.db, f.ctx, { kind: 'alv', title: `ALV ${day}`, date: `2024-06-${day}` });
  });
  afterAll(async () => f?.cleanup());

  const page = (limit: number, offset: number) =>
    listMeetings(f.db, f.ctx.organisationId, {}, { limit, offset });

  it('is the same whether the page ends the list (told by the page) or not (counted)', async () => {
    // Full pages: counted.
    expect(await page(5, 0)).toMatchObject({ total: 5 });
    expect(await page(2, 2)).toMatchObject({ total: 5 });
    // Pages that end the list: what comes before them and on them.
    const last = await page(2, 4);
    expect(last.items.map((m) => m.title)).toEqual(['ALV 01']);
    expect(last.total).toBe(5);
    expect(await page(50, 0)).toMatchObject({ total: 5 });
    // Past the end an empty page tells nothing: counted.
    expect(await page(2, 8)).toMatchObject({ items: [], total: 5 });
  });

  it('follows a filter and a new record', async () => {
    const june = (limit: number) =>
      listMeetings(
        f.db,
        f.ctx.organisationId,
        { from: '2024-06-03', to: '2024-06-30' },
        { limit, offset: 0 },
      );
    expect(await june(10)).toMatchObject({ total: 3 });
    await createMeeting(f.db, f.ctx, { kind: 'balv', title: 'BALV', date: '2024-06-20' });
    expect(await june(10)).toMatchObject({ total: 4 });
    expect(await june(4)).toMatchObject({ total: 4 });
  });
});
