import {
  type AttendanceRecord,
  getAttendance,
  hasAttendanceRegister,
  presentWeight,
  recordDeparture,
  recordPresence,
} from '../../store/repositories/attendance.js';
import { getMember } from '../../store/repositories/members.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked } from '../errors.js';
import type { UseCase } from '../types.js';
import { meetingWeights } from './meeting-weights.js';

type Presence = UseCase & {
  meetingId: string;
  memberId: string;
  /** The person holding the municipality's card: a member of its college or council, its secretary or clerk. */
  representative: string;
  /** The account of that person, when they sign in themselves. */
  userId?: string | null;
  /** 'staff' at the door, 'self' when the representative signs in. */
  by: 'staff' | 'self';
};

/**
 * A municipality is present (check-in by staff, sign-in by its representative) or hands its card to another
 * person of the same municipality: the same row changes holder, so a municipality is never present twice.
 * Its weight comes from the meeting's frozen weights.
 */
export async function registerPresence(options: Presence): Promise<AttendanceRecord> {
  const { writer } = options;
  const org = writer.organisationId;
  const representative = options.representative.trim().replace(/\s+/g, ' ');
  if (representative.length < 2 || representative.length > 200)
    throw invalid(
      'vertegenwoordiger',
      'required',
      'Vul de naam van de vertegenwoordiger in (2 tot 200 tekens).',
    );
  return inTransaction(options.db, async (trx) => {
    const member = await getMember(trx, org, options.memberId);
    if (member?.status !== 'active')
      throw invalid('lid', 'unknown_member', `Lid ${options.memberId} bestaat niet of stemt niet (meer).`);
    const weights = await meetingWeights(trx, org, options.meetingId, writer);
    const weight = weights.weights[member.id];
    if (weight === undefined)
      throw invalid('lid', 'not_eligible', `${member.name} had op de peildatum geen stemrecht.`);
    return recordPresence(trx, writer, {
      meetingId: options.meetingId,
      memberId: member.id,
      representative,
      userId: options.userId ?? null,
      weight,
      registeredBy: options.by,
    });
  });
}

/** The municipality leaves: its weight no longer counts as present; ballots already cast stay. */
export async function registerDeparture(
  options: UseCase & { meetingId: string; memberId: string },
): Promise<AttendanceRecord | undefined> {
  return recordDeparture(options.db, options.writer, {
    meetingId: options.meetingId,
    memberId: options.memberId,
  });
}

/**
 * A member may vote at a meeting with a register only while present. A meeting without any attendance
 * (votes recorded through the API afterwards, the archive) keeps the old rule: every member counts as present.
 */
export async function assertPresent(
  options: UseCase & { meetingId: string | null; memberId: string },
): Promise<void> {
  const org = options.writer.organisationId;
  if (!options.meetingId) return;
  if (!(await hasAttendanceRegister(options.db, org, options.meetingId))) return;
  const attendance = await getAttendance(options.db, org, options.meetingId, options.memberId);
  if (!attendance?.present)
    throw locked('not_present', 'Dit lid is niet aangemeld als aanwezig; alleen aanwezige leden stemmen.');
}

/** Present and eligible weight of a meeting: with a register the present cards, else everyone. */
export async function attendanceWeights(
  options: UseCase & { meetingId: string | null },
): Promise<{ eligibleWeight: number; presentWeight: number; register: boolean }> {
  const org = options.writer.organisationId;
  if (!options.meetingId)
    throw invalid('vergadering', 'meeting_required', 'De stemming hoort bij geen vergadering.');
  const weights = await meetingWeights(options.db, org, options.meetingId, options.writer);
  const register = await hasAttendanceRegister(options.db, org, options.meetingId);
  const present = register
    ? (await presentWeight(options.db, org, options.meetingId)).weight
    : weights.eligibleWeight;
  return { eligibleWeight: weights.eligibleWeight, presentWeight: present, register };
}
