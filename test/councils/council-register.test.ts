import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { createOrganisationOfKind } from '../../src/services/organisations/create-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import type { Db } from '../../src/store/database.js';
import {
  type CouncilPersonRecord,
  changeFactionMembership,
  createCouncilPerson,
  createFaction,
  factionSeatsOn,
  listFactions,
  listMemberships,
} from '../../src/store/repositories/council.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

describe.each(ENGINES)("a council's factions and members with history, on %s", (engine) => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let w: WriteContext;
  let other: WriteContext;
  const term = { termStart: '2022-03-30', termEnd: '2026-03-25' };

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    db = opened.db;
    cleanup = opened.cleanup;
    const council = await createOrganisationOfKind(db, {
      kind: 'gemeenteraad',
      name: 'Gemeenteraad van Lindenhout',
      slug: 'lindenhout',
      actor: SYSTEM_ACTOR,
    });
    w = { organisationId: council.id, actor: SYSTEM_ACTOR };
    other = { organisationId: (await ensureOrganisation(db, 'vng')).id, actor: SYSTEM_ACTOR };
  });
  afterAll(async () => cleanup?.());

  it('keeps a member leaving and a split as history, the seats following the people, all audited', async () => {
    const belang = await createFaction(db, w, {
      name: 'Lindenhouts Belang',
      shortName: 'LB',
      seats: 3,
      ...term,
    });
    const groen = await createFaction(db, w, { name: 'GroenLinks', shortName: 'GL', seats: 1, ...term });
    const people: CouncilPersonRecord[] = [];
    for (const name of ['A. Jansen', 'B. de Vries', 'C. Bakker'])
      people.push(
        await createCouncilPerson(db, w, {
          name,
          role: 'member',
          fromDate: '2022-03-30',
          factionId: belang.id,
        }),
      );
    await createCouncilPerson(db, w, {
      name: 'D. Smit',
      role: 'member',
      fromDate: '2022-03-30',
      factionId: groen.id,
    });
    await createCouncilPerson(db, w, { name: 'E. Mulder', role: 'mayor', fromDate: '2021-01-01' });

    const split = await createFaction(db, w, {
      name: 'Lokaal Lindenhout',
      shortName: 'LL',
      seats: 2,
      splitFromId: belang.id,
      termStart: '2024-09-01',
      termEnd: term.termEnd,
    });
    for (const person of people.slice(1))
      await changeFactionMembership(db, w, {
        personId: person.id,
        on: '2024-09-01',
        toFactionId: split.id,
        reason: 'splitsing van de fractie',
      });
    expect(Object.fromEntries(await factionSeatsOn(db, w.organisationId, '2024-08-31'))).toEqual({
      [belang.id]: 3,
      [groen.id]: 1,
    });
    expect(Object.fromEntries(await factionSeatsOn(db, w.organisationId, '2024-09-01'))).toEqual({
      [belang.id]: 1,
      [split.id]: 2,
      [groen.id]: 1,
    });
    await changeFactionMembership(db, w, {
      personId: people[2].id,
      on: '2025-02-01',
      toFactionId: null,
      reason: 'verder als eenmansfractie zonder partij',
    });
    const history = (await listMemberships(db, w.organisationId)).filter((m) => m.personId === people[2].id);
    expect(history.map((m) => [m.factionId, m.fromDate, m.untilDate, m.endReason])).toEqual([
      [belang.id, '2022-03-30', '2024-09-01', 'splitsing van de fractie'],
      [split.id, '2024-09-01', '2025-02-01', 'verder als eenmansfractie zonder partij'],
    ]);
    expect((await listFactions(db, w.organisationId)).map((f) => f.shortName)).toEqual(['LB', 'GL', 'LL']);
    const actions = await db
      .selectFrom('audit_events')
      .select('action')
      .where('organisation_id', '=', w.organisationId)
      .where('action', 'like', 'faction-membership.%')
      .execute();
    expect(actions.filter((a) => a.action === 'faction-membership.ended')).toHaveLength(3);
    expect(actions.filter((a) => a.action === 'faction-membership.started')).toHaveLength(6);
  });

  it('refuses a change for someone without a faction, and a faction of another organisation, changing nothing', async () => {
    const before = await listMemberships(db, w.organisationId);
    const mayor = await db
      .selectFrom('council_people')
      .select('id')
      .where('organisation_id', '=', w.organisationId)
      .where('role', '=', 'mayor')
      .executeTakeFirstOrThrow();
    await expect(
      changeFactionMembership(db, w, {
        personId: mayor.id,
        on: '2025-03-01',
        toFactionId: null,
        reason: 'x',
      }),
    ).rejects.toBeInstanceOf(DomainError);
    const foreign = await createFaction(db, other, { name: 'Elders', shortName: 'EL', seats: 1, ...term });
    await expect(
      createCouncilPerson(db, w, {
        name: 'F. Visser',
        role: 'member',
        fromDate: '2023-01-01',
        factionId: foreign.id,
      }),
    ).rejects.toThrow();
    expect(await listMemberships(db, w.organisationId)).toEqual(before);
    const visser = await db
      .selectFrom('council_people')
      .select('id')
      .where('name', '=', 'F. Visser')
      .execute();
    expect(visser).toEqual([]);
  });
});
