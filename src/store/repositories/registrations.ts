import { sql } from 'kysely';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { RegistrationRow, RegistrationSettingsRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import {
  FIRST_PAGE,
  flag,
  getScoped,
  isSet,
  type ListResult,
  listPage,
  type Page,
  parseSort,
  requireScoped,
} from './shared.js';

export type RegistrationRecord = Omit<Camelize<RegistrationRow>, 'cancelCodeHash'> & {
  cancelCodeHash?: string | null;
};
export type NewRegistration = {
  id?: string;
  meetingId: string;
  memberId?: string | null;
  personName: string;
  email?: string | null;
  /** Dietary wishes and allergies, as the person wrote them. */
  wishes?: string | null;
  role?: string | null;
  /** confirmed (default) or waiting. */
  status?: string;
  cancelCodeHash?: string | null;
  createdAt?: string;
};
export type RegistrationFilter = { meetingId?: string; memberId?: string; status?: string[] };

/** What the audit trail keeps of a registration: never the name, address, role or wishes (GDPR erasure). */
const auditable = (r: Pick<RegistrationRow, 'meeting_id' | 'member_id' | 'status'>) => ({
  meetingId: r.meeting_id,
  memberId: r.member_id,
  status: r.status,
});

const toRecord = (row: RegistrationRow): RegistrationRecord => {
  const { cancelCodeHash: _hidden, ...rest } = camelize(row);
  return rest;
};

export async function createRegistration(
  db: Executor,
  ctx: WriteContext,
  input: NewRegistration,
): Promise<RegistrationRecord> {
  return inTransaction(db, async (trx) => {
    await requireScoped(trx, 'meetings', ctx.organisationId, input.meetingId, 'Vergadering');
    const at = input.createdAt ?? nowIso();
    const row: RegistrationRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      meeting_id: input.meetingId,
      member_id: input.memberId ?? null,
      person_name: input.personName,
      email: input.email ? input.email.toLowerCase() : null,
      wishes: input.wishes ?? null,
      status: input.status ?? 'confirmed',
      role: input.role ?? null,
      cancel_code_hash: input.cancelCodeHash ?? null,
      cancelled_at: null,
      erased_at: null,
      created_at: at,
      updated_at: at,
    };
    await trx.insertInto('registrations').values(row).execute();
    await appendAuditEvent(trx, ctx, {
      action: 'registration.created',
      entityKind: 'registration',
      entityId: row.id,
      newValues: auditable(row),
    });
    return toRecord(row);
  });
}

export async function getRegistration(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<RegistrationRecord | undefined> {
  return getScoped(db, 'registrations', organisationId, id, toRecord);
}

/** With the hash of its cancel code, to check a personal link. */
export async function getRegistrationWithCode(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<Camelize<RegistrationRow> | undefined> {
  return getScoped(db, 'registrations', organisationId, id);
}

export async function listRegistrations(
  db: Executor,
  organisationId: string,
  filter: RegistrationFilter = {},
  page: Page = FIRST_PAGE,
  sort: 'name' | '-name' | 'created' | '-created' = 'name',
): Promise<ListResult<RegistrationRecord>> {
  let q = db.selectFrom('registrations').where('registrations.organisation_id', '=', organisationId);
  if (filter.meetingId) q = q.where('registrations.meeting_id', '=', filter.meetingId);
  if (filter.memberId) q = q.where('registrations.member_id', '=', filter.memberId);
  if (filter.status?.length) q = q.where('registrations.status', 'in', filter.status);
  return listPage(
    q,
    'registrations',
    parseSort(sort, { name: 'person_name', created: 'created_at' }, 'name'),
    page,
    toRecord,
  );
}

/** Registrations of a meeting with an active (not cancelled) registration for this address. */
export async function findActiveRegistration(
  db: Executor,
  organisationId: string,
  meetingId: string,
  email: string,
): Promise<RegistrationRecord | undefined> {
  const row = await db
    .selectFrom('registrations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .where('email', '=', email.toLowerCase())
    .where('status', '!=', 'cancelled')
    .executeTakeFirst();
  return row && toRecord(row);
}

export type RegistrationCounts = { confirmed: number; waiting: number; cancelled: number; erased: number };

export async function countRegistrations(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<RegistrationCounts> {
  const rows = await db
    .selectFrom('registrations')
    .select([
      'status',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      (eb) => eb.fn.count<number | string>('erased_at').as('erased'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .groupBy('status')
    .execute();
  const out: RegistrationCounts = { confirmed: 0, waiting: 0, cancelled: 0, erased: 0 };
  for (const r of rows) {
    if (r.status in out) out[r.status as 'confirmed'] = Number(r.n);
    out.erased += Number(r.erased);
  }
  return out;
}

/** The oldest registrations on the waiting list first. */
export async function listWaiting(
  db: Executor,
  organisationId: string,
  meetingId: string,
  limit: number,
): Promise<RegistrationRecord[]> {
  const rows = await db
    .selectFrom('registrations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'waiting')
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toRecord);
}

/** Moves a registration to another status (cancelled, or confirmed from the waiting list). */
export async function setRegistrationStatus(
  db: Executor,
  ctx: WriteContext,
  id: string,
  status: 'confirmed' | 'waiting' | 'cancelled',
  at: string,
): Promise<RegistrationRecord> {
  return inTransaction(db, async (trx) => {
    const before = await requireScoped(trx, 'registrations', ctx.organisationId, id, 'Aanmelding');
    const set: Partial<RegistrationRow> = { status, updated_at: at };
    if (status === 'cancelled') {
      set.cancelled_at = at;
      set.cancel_code_hash = null;
    }
    await trx.updateTable('registrations').set(set).where('id', '=', id).execute();
    await appendAuditEvent(trx, ctx, {
      action: status === 'cancelled' ? 'registration.cancelled' : 'registration.status-changed',
      entityKind: 'registration',
      entityId: id,
      oldValues: auditable(before),
      newValues: auditable({ ...before, status }),
    });
    return toRecord({ ...before, ...set } as RegistrationRow);
  });
}

/**
 * Removes the personal data of every registration for meetings held on or before `meetingsUpTo` (GDPR): name,
 * address, role and wishes go; the row, its meeting, municipality and status stay, so the counts stay.
 * Returns the ids erased now.
 */
export async function eraseRegistrationsUpTo(
  trx: Executor,
  ctx: WriteContext,
  meetingsUpTo: string,
  at: string,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('registrations as r')
    .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
    .select(['r.id', 'r.meeting_id'])
    .where('r.organisation_id', '=', ctx.organisationId)
    .where('r.erased_at', 'is', null)
    .where('m.date', '<=', meetingsUpTo)
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    await trx
      .updateTable('registrations')
      .set({
        person_name: '(verwijderd)',
        email: null,
        wishes: null,
        role: null,
        cancel_code_hash: null,
        erased_at: at,
        updated_at: at,
      })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
  // Each registration's own trail ends with its erasure (the event's state is the erased row, so the audit's record
  // check holds); the meeting's says how many of its registrations were erased. No personal data in either.
  for (const id of ids)
    await appendAuditEvent(trx, ctx, {
      action: 'registration.personal-data-erased',
      entityKind: 'registration',
      entityId: id,
      newValues: { erasedAt: at },
    });
  const perMeeting = new Map<string, number>();
  for (const r of rows) perMeeting.set(r.meeting_id, (perMeeting.get(r.meeting_id) ?? 0) + 1);
  for (const [meetingId, count] of perMeeting)
    await appendAuditEvent(trx, ctx, {
      action: 'registration.personal-data-erased',
      entityKind: 'meeting',
      entityId: meetingId,
      newValues: { registrations: count },
    });
  return ids;
}

export type RegistrationSettings = { meetingId: string; open: boolean; capacity: number | null };

export async function getRegistrationSettings(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<RegistrationSettings> {
  const row = await db
    .selectFrom('registration_settings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return row
    ? { meetingId, open: isSet(row.open), capacity: row.capacity }
    : { meetingId, open: true, capacity: null };
}

export async function saveRegistrationSettings(
  db: Executor,
  ctx: WriteContext,
  settings: RegistrationSettings,
  at: string,
): Promise<RegistrationSettings> {
  return inTransaction(db, async (trx) => {
    await requireScoped(trx, 'meetings', ctx.organisationId, settings.meetingId, 'Vergadering');
    const before = await getRegistrationSettings(trx, ctx.organisationId, settings.meetingId);
    const row: RegistrationSettingsRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      meeting_id: settings.meetingId,
      open: flag(settings.open),
      capacity: settings.capacity,
      created_at: at,
      updated_at: at,
    };
    await trx
      .insertInto('registration_settings')
      .values(row)
      .onConflict((oc) =>
        oc.column('meeting_id').doUpdateSet({ open: row.open, capacity: row.capacity, updated_at: at }),
      )
      .execute();
    await appendAuditEvent(trx, ctx, {
      action: 'registration.settings-changed',
      entityKind: 'meeting',
      entityId: settings.meetingId,
      oldValues: { open: before.open, capacity: before.capacity },
      newValues: { open: settings.open, capacity: settings.capacity },
    });
    return settings;
  });
}

/** Number of registrations (all statuses) per meeting, for lists. */
export async function registrationTotals(
  db: Executor,
  organisationId: string,
  meetingIds: string[],
): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('registrations')
    .select(['meeting_id', sql<number | string>`count(*)`.as('n')])
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', 'in', meetingIds)
    .where('status', '!=', 'cancelled')
    .groupBy('meeting_id')
    .execute();
  return new Map(rows.map((r) => [r.meeting_id, Number(r.n)]));
}

/** Corrects what a person entered; the audit trail names the fields that changed, not their values. */
export async function updateRegistration(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: Partial<Pick<NewRegistration, 'memberId' | 'personName' | 'email' | 'wishes' | 'role'>>,
): Promise<RegistrationRecord> {
  return inTransaction(db, async (trx) => {
    const before = await requireScoped(trx, 'registrations', ctx.organisationId, id, 'Aanmelding');
    const set: Partial<RegistrationRow> = { updated_at: nowIso() };
    if (changes.memberId !== undefined) set.member_id = changes.memberId;
    if (changes.personName !== undefined) set.person_name = changes.personName;
    if (changes.email !== undefined) set.email = changes.email ? changes.email.toLowerCase() : null;
    if (changes.wishes !== undefined) set.wishes = changes.wishes;
    if (changes.role !== undefined) set.role = changes.role;
    await trx.updateTable('registrations').set(set).where('id', '=', id).execute();
    await appendAuditEvent(trx, ctx, {
      action: 'registration.updated',
      entityKind: 'registration',
      entityId: id,
      oldValues: auditable(before),
      newValues: { ...auditable({ ...before, ...set }), changed: Object.keys(changes) },
    });
    return toRecord({ ...before, ...set } as RegistrationRow);
  });
}
