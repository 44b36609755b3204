import { changeFaction, type Membership, seatsOn } from '../../domain/council.js';
import type { CouncilRole } from '../../domain/types.js';
import type { WriteContext } from '../audit.js';
import { appendAuditEvent } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { CouncilPersonRow, FactionMembershipRow, FactionRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { insertAudited } from './shared.js';

/** A council's factions per term, its people and their faction memberships with history (ADR 009). */
export type FactionRecord = Camelize<FactionRow>;
export type CouncilPersonRecord = Camelize<CouncilPersonRow>;
export type FactionMembershipRecord = Camelize<FactionMembershipRow>;

export async function createFaction(
  db: Executor,
  ctx: WriteContext,
  input: {
    name: string;
    shortName: string;
    termStart: string;
    termEnd?: string | null;
    seats: number;
    splitFromId?: string | null;
  },
): Promise<FactionRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: FactionRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      name: input.name,
      short_name: input.shortName,
      term_start: input.termStart,
      term_end: input.termEnd ?? null,
      seats: input.seats,
      split_from_id: input.splitFromId ?? null,
      created_at: at,
      updated_at: at,
    };
    return camelize(
      await insertAudited(trx, ctx, 'factions', row, { action: 'faction.created', entityKind: 'faction' }),
    );
  });
}

/** A person of the council and, for a member or alderman of a faction, their first membership. */
export async function createCouncilPerson(
  db: Executor,
  ctx: WriteContext,
  input: {
    name: string;
    role: CouncilRole;
    portfolio?: string | null;
    fromDate: string;
    factionId?: string | null;
  },
): Promise<CouncilPersonRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: CouncilPersonRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      name: input.name,
      role: input.role,
      portfolio: input.portfolio ?? null,
      from_date: input.fromDate,
      until_date: null,
      created_at: at,
      updated_at: at,
    };
    const person = await insertAudited(trx, ctx, 'council_people', row, {
      action: 'council-person.created',
      entityKind: 'council-person',
    });
    if (input.factionId) {
      const membership: FactionMembershipRow = {
        id: newId(),
        organisation_id: ctx.organisationId,
        person_id: row.id,
        faction_id: input.factionId,
        from_date: input.fromDate,
        until_date: null,
        end_reason: null,
        created_at: at,
      };
      await insertAudited(trx, ctx, 'faction_memberships', membership, {
        action: 'faction-membership.started',
        entityKind: 'faction-membership',
      });
    }
    return camelize(person);
  });
}

export async function listMemberships(
  db: Executor,
  organisationId: string,
): Promise<FactionMembershipRecord[]> {
  const rows = await db
    .selectFrom('faction_memberships')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('from_date')
    .orderBy('id')
    .execute();
  return rows.map(camelize);
}

export async function listFactions(db: Executor, organisationId: string): Promise<FactionRecord[]> {
  const rows = await db
    .selectFrom('factions')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('term_start')
    .orderBy('seats', 'desc')
    .orderBy('short_name')
    .execute();
  return rows.map(camelize);
}

/**
 * A member leaves a faction (independent when `toFactionId` is null) or joins another (a split): the current
 * membership ends that day with its reason and stays as history; the domain refuses what cannot be.
 */
export async function changeFactionMembership(
  db: Executor,
  ctx: WriteContext,
  change: { personId: string; on: string; toFactionId: string | null; reason: string },
): Promise<FactionMembershipRecord[]> {
  return inTransaction(db, async (trx) => {
    const current = (await listMemberships(trx, ctx.organisationId)).filter(
      (m) => m.personId === change.personId,
    );
    // The domain decides; it throws for a person without a faction that day or an end on the starting day.
    changeFaction(current as Membership[], change);
    const ending = current.find(
      (m) => m.fromDate <= change.on && (m.untilDate === null || change.on < m.untilDate),
    );
    if (!ending) throw new Error('unreachable: the domain found a current membership');
    await trx
      .updateTable('faction_memberships')
      .set({ until_date: change.on, end_reason: change.reason })
      .where('organisation_id', '=', ctx.organisationId)
      .where('id', '=', ending.id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      action: 'faction-membership.ended',
      entityKind: 'faction-membership',
      entityId: ending.id,
      oldValues: { untilDate: ending.untilDate, endReason: ending.endReason },
      newValues: { untilDate: change.on, endReason: change.reason },
    });
    if (change.toFactionId) {
      const row: FactionMembershipRow = {
        id: newId(),
        organisation_id: ctx.organisationId,
        person_id: change.personId,
        faction_id: change.toFactionId,
        from_date: change.on,
        until_date: null,
        end_reason: null,
        created_at: nowIso(),
      };
      await insertAudited(trx, ctx, 'faction_memberships', row, {
        action: 'faction-membership.started',
        entityKind: 'faction-membership',
      });
    }
    return (await listMemberships(trx, ctx.organisationId)).filter((m) => m.personId === change.personId);
  });
}

/** Seats per faction on a date: the members it has that day. */
export async function factionSeatsOn(
  db: Executor,
  organisationId: string,
  date: string,
): Promise<Map<string, number>> {
  return seatsOn(await listMemberships(db, organisationId), date);
}

/** The council's people (members, aldermen, mayor), by name. */
export async function listCouncilPeople(
  db: Executor,
  organisationId: string,
): Promise<CouncilPersonRecord[]> {
  const rows = await db
    .selectFrom('council_people')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(camelize);
}

/**
 * The date of the organisation's latest meeting (the records' "now" for a council's pages), or null; `held` only
 * counts meetings that took place (overdue days are counted up to that one).
 */
export async function latestMeetingDate(
  db: Executor,
  organisationId: string,
  options: { held?: boolean } = {},
): Promise<string | null> {
  let query = db
    .selectFrom('meetings')
    .select((eb) => eb.fn.max('date').as('date'))
    .where('organisation_id', '=', organisationId);
  if (options.held) query = query.where('status', '=', 'held');
  const row = await query.executeTakeFirst();
  return (row?.date as string | null | undefined) ?? null;
}
