import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/auth/index.js';
import { findMotionFacets } from '../../src/services/motions/find-motions.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { openStoreFixture, type StoreFixture } from '../store/store-fixture.js';
import { ENGINES } from '../support/engines.js';

/**
 * The motion list's topic filter is read by people: its options in Dutch alphabetical order, whatever the case
 * and accents an imported topic was written in ("financiën" from a report beside "Zorg"), and the same on
 * both engines (SQLite compares bytes, PostgreSQL by the database's collation).
 */
describe.each(ENGINES)('the topics of the motion filter on %s', (engine) => {
  let f: StoreFixture;

  beforeAll(async () => {
    f = await openStoreFixture(engine);
    for (const topic of [
      'Zorg',
      'financiën',
      'Asiel en migratie',
      'Éénmalige uitkeringen',
      'fysiek domein',
      'Financiën',
    ])
      await createMotion(f.db, f.ctx, {
        title: `Motie over ${topic}`,
        topic,
        status: 'submitted',
        submitters: [{ memberId: f.members.GM0513, name: 'Gouda' }],
      });
  });
  afterAll(async () => {
    await f?.cleanup();
  });

  it('lists them in Dutch alphabetical order, ignoring case and accents', async () => {
    const facets = await findMotionFacets({
      db: f.db,
      organisationId: f.ctx.organisationId,
      reader: ANONYMOUS,
    });
    expect(facets.topic.map((t) => t.key)).toEqual([
      'Asiel en migratie',
      'Éénmalige uitkeringen',
      'Financiën',
      'financiën',
      'fysiek domein',
      'Zorg',
    ]);
  });
});
