import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { AttendanceRow, MeetingWeightsRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { fromJsonText, isSet, requireScoped, toJsonText } from './shared.js';

/** One municipality's card at one meeting: who holds it, its weight, whether it is in the room. */
export type AttendanceRecord = Omit<Camelize<AttendanceRow>, 'present' | 'weight'> & {
  present: boolean;
  weight: number;
};
export type AttendanceWithMember = AttendanceRecord & { memberName: string; memberCode: string };

/** The weights a meeting votes with, frozen the first time the meeting needs them. */
export type MeetingWeights = {
  meetingId: string;
  referenceDate: string;
  rule: unknown;
  weights: Record<string, number>;
  eligibleWeight: number;
};

const toAttendance = (row: AttendanceRow): AttendanceRecord => ({
  ...camelize(row),
  present: isSet(row.present),
  weight: Number(row.weight),
});

const toWeights = (row: MeetingWeightsRow): MeetingWeights => ({
  meetingId: row.meeting_id,
  referenceDate: row.reference_date,
  rule: fromJsonText<unknown>(row.rule, null),
  weights: fromJsonText<Record<string, number>>(row.weights, {}),
  eligibleWeight: Number(row.eligible_weight),
});

export async function getMeetingWeights(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<MeetingWeights | undefined> {
  const row = await db
    .selectFrom('meeting_weights')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return row && toWeights(row);
}

/**
 * Stores the meeting's weights unless they are already stored (then the stored ones win and are returned):
 * a meeting keeps the weights of its reference date.
 */
export async function freezeMeetingWeights(
  db: Executor,
  ctx: WriteContext,
  input: MeetingWeights,
): Promise<MeetingWeights> {
  return inTransaction(db, async (trx) => {
    await requireScoped(trx, 'meetings', ctx.organisationId, input.meetingId, 'Vergadering');
    const existing = await getMeetingWeights(trx, ctx.organisationId, input.meetingId);
    if (existing) return existing;
    const row: MeetingWeightsRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      meeting_id: input.meetingId,
      reference_date: input.referenceDate,
      rule: toJsonText(input.rule),
      weights: toJsonText(input.weights),
      eligible_weight: input.eligibleWeight,
      created_at: nowIso(),
    };
    await trx
      .insertInto('meeting_weights')
      .values(row)
      .onConflict((oc) => oc.column('meeting_id').doNothing())
      .execute();
    const stored = (await getMeetingWeights(trx, ctx.organisationId, input.meetingId))!;
    const ours = await trx
      .selectFrom('meeting_weights')
      .select('id')
      .where('id', '=', row.id)
      .executeTakeFirst();
    if (!ours) return stored;
    await appendAuditEvent(trx, ctx, {
      action: 'meeting.weights-frozen',
      entityKind: 'meeting',
      entityId: input.meetingId,
      newValues: { referenceDate: row.reference_date, eligibleWeight: row.eligible_weight },
    });
    return toWeights(row);
  });
}

export async function getAttendance(
  db: Executor,
  organisationId: string,
  meetingId: string,
  memberId: string,
): Promise<AttendanceRecord | undefined> {
  const row = await db
    .selectFrom('attendances')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return row && toAttendance(row);
}

/** The register of a meeting, by municipality name. */
export async function listAttendance(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<AttendanceWithMember[]> {
  const rows = await db
    .selectFrom('attendances as a')
    .innerJoin('members as m', 'm.id', 'a.member_id')
    .selectAll('a')
    .select(['m.name as member_name', 'm.code as member_code'])
    .where('a.organisation_id', '=', organisationId)
    .where('a.meeting_id', '=', meetingId)
    .orderBy('m.name')
    .execute();
  return rows.map(({ member_name, member_code, ...a }) => ({
    ...toAttendance(a as AttendanceRow),
    memberName: member_name,
    memberCode: member_code,
  }));
}

/** Whether the meeting keeps an attendance register at all (someone was ever checked in). */
export async function hasAttendanceRegister(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('attendances')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the meeting keeps a register, and which members are present now (one read for a group of ballots). */
export async function presentMembers(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<{ register: boolean; present: Set<string> }> {
  const rows = await db
    .selectFrom('attendances')
    .select(['member_id', 'present'])
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .execute();
  return {
    register: rows.length > 0,
    present: new Set(rows.filter((r) => isSet(r.present)).map((r) => r.member_id)),
  };
}

/** Present members and their weight, summed by the database. */
export async function presentWeight(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<{ members: number; weight: number }> {
  const row = await db
    .selectFrom('attendances')
    .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.sum<string | number>('weight').as('w')])
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .where('present', '=', 1)
    .executeTakeFirst();
  return { members: Number(row?.n ?? 0), weight: Number(row?.w ?? 0) };
}

export type AttendanceChange = {
  meetingId: string;
  memberId: string;
  representative: string;
  userId: string | null;
  weight: number;
  /** 'self' or 'staff' */
  registeredBy: string;
  at?: string;
};

/**
 * Marks the member present with this representative: a first arrival inserts the member's one row (unique per
 * meeting and member), a later one (back after leaving, or the card handed to someone else) updates it.
 */
export async function recordPresence(
  db: Executor,
  ctx: WriteContext,
  input: AttendanceChange,
): Promise<AttendanceRecord> {
  return inTransaction(db, async (trx) => {
    const at = input.at ?? nowIso();
    const before = await getAttendance(trx, ctx.organisationId, input.meetingId, input.memberId);
    if (!before) {
      const row: AttendanceRow = {
        id: newId(),
        organisation_id: ctx.organisationId,
        meeting_id: input.meetingId,
        member_id: input.memberId,
        representative: input.representative,
        user_id: input.userId,
        weight: input.weight,
        present: 1,
        registered_by: input.registeredBy,
        arrived_at: at,
        left_at: null,
        created_at: at,
        updated_at: at,
      };
      await trx.insertInto('attendances').values(row).execute();
      await appendAuditEvent(trx, ctx, {
        action: 'attendance.present',
        entityKind: 'meeting',
        entityId: input.meetingId,
        newValues: { memberId: input.memberId, representative: input.representative, by: input.registeredBy },
      });
      return toAttendance(row);
    }
    await trx
      .updateTable('attendances')
      .set({
        representative: input.representative,
        user_id: input.userId,
        present: 1,
        registered_by: input.registeredBy,
        arrived_at: before.present ? before.arrivedAt : at,
        left_at: null,
        updated_at: at,
      })
      .where('id', '=', before.id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      action: before.present ? 'attendance.card-handed-over' : 'attendance.present',
      entityKind: 'meeting',
      entityId: input.meetingId,
      oldValues: { memberId: input.memberId, representative: before.representative, present: before.present },
      newValues: { memberId: input.memberId, representative: input.representative, by: input.registeredBy },
    });
    return (await getAttendance(trx, ctx.organisationId, input.meetingId, input.memberId))!;
  });
}

/** The member leaves the room: its card no longer counts towards the present weight. */
export async function recordDeparture(
  db: Executor,
  ctx: WriteContext,
  input: { meetingId: string; memberId: string; at?: string },
): Promise<AttendanceRecord | undefined> {
  return inTransaction(db, async (trx) => {
    const before = await getAttendance(trx, ctx.organisationId, input.meetingId, input.memberId);
    if (!before?.present) return before;
    const at = input.at ?? nowIso();
    await trx
      .updateTable('attendances')
      .set({ present: 0, left_at: at, updated_at: at })
      .where('id', '=', before.id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      action: 'attendance.left',
      entityKind: 'meeting',
      entityId: input.meetingId,
      oldValues: { memberId: input.memberId, present: true },
      newValues: { memberId: input.memberId, present: false },
    });
    return (await getAttendance(trx, ctx.organisationId, input.meetingId, input.memberId))!;
  });
}
