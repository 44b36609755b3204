import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCouncilPerson, addFaction } from '../../src/services/council/council-members.js';
import { loadFactionOverview } from '../../src/services/council/faction-overview.js';
import { createOrganisationOfKind } from '../../src/services/organisations/create-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import type { Db } from '../../src/store/database.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

/**
 * An alderman entered with the faction of his party holds no seat: the council's seats are its members'. The
 * faction overview (public /fracties and the griffie's page) counts only the members, as the council console does.
 */
describe.each(ENGINES)('an alderman of a faction holds no seat, on %s', (engine) => {
  let cleanup: () => Promise<void>;
  let db: Db;
  let org: string;
  let w: WriteContext;

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    cleanup = opened.cleanup;
    db = opened.db;
    const council = await createOrganisationOfKind(db, {
      kind: 'gemeenteraad',
      name: 'Gemeenteraad Beekdal',
      slug: 'beekdal',
      actor: SYSTEM_ACTOR,
    });
    org = council.id;
    w = { organisationId: org, actor: SYSTEM_ACTOR };
  }, 180_000);
  afterAll(async () => {
    await cleanup?.();
  });

  it('counts the members of a faction, not its alderman', async () => {
    const faction = await addFaction({
      db,
      writer: w,
      name: 'Beekdals Belang',
      shortName: 'BB',
      termStart: '2026-03-30',
    });
    for (const name of ['Anna de Vries', 'Bert Jansen'])
      await addCouncilPerson({
        db,
        writer: w,
        name,
        role: 'member',
        factionId: faction.id,
        fromDate: '2026-03-30',
      });
    await addCouncilPerson({
      db,
      writer: w,
      name: 'Karin de Wethouder',
      role: 'alderman',
      factionId: faction.id,
      fromDate: '2026-03-30',
    });

    const overview = await loadFactionOverview(db, org);
    expect(overview.totalSeats).toBe(2);
    expect(overview.factions[0]?.seatsNow).toBe(2);
    expect(overview.factions[0]?.members.map((m) => m.person.name)).toEqual(['Anna de Vries', 'Bert Jansen']);
    expect(overview.aldermen.map((p) => p.name)).toEqual(['Karin de Wethouder']);
  });
});
