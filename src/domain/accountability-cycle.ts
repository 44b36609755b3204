import { type AccountableMotion, selectMotionsForAccountability } from './accountability.js';
import { DUTCH_TIME_ZONE, localToUtc } from './dates.js';

import { DomainError } from './errors.js';
import type { AccountabilityRoundStatus, Id, IsoDate } from './types.js';

/** What the date rules need to know of a meeting. */
export type DatedMeeting = { id: Id; title: string; date: IsoDate; startTime?: string | null };

/**
 * A decision of the assembly, a vote result or an adoption belongs to a meeting that has taken place:
 * on or after its date (`today` is the calendar date in the organisation's time zone).
 */
export function assertMeetingHasTakenPlace(options: {
  meeting: DatedMeeting;
  today: IsoDate;
  /** What was attempted, for the message: "het besluit over de verantwoording". */
  what: string;
}): void {
  const { meeting, today } = options;
  if (today >= meeting.date) return;
  throw new DomainError(
    'meeting_not_held',
    `${options.what} cannot be recorded before the meeting of ${meeting.date} has taken place`,
    { details: { meetingId: meeting.id, meetingTitle: meeting.title, meetingDate: meeting.date } },
  );
}

/**
 * The moment a meeting decided, as an ISO timestamp (UTC): its date at its start time in Dutch local time,
 * or noon when the start is unknown (so the calendar date never shifts). Facts decided at a meeting carry
 * this time, not the moment someone typed them in.
 */
export function meetingMoment(
  meeting: Pick<DatedMeeting, 'date' | 'startTime'>,
  timeZone = DUTCH_TIME_ZONE,
): string {
  const time = /^\d{2}:\d{2}$/.test(meeting.startTime ?? '') ? meeting.startTime! : '12:00';
  return localToUtc(meeting.date, time, timeZone).toISOString();
}

/**
 * The completeness check: motions the round must cover (adopted or held, adopted before its meeting,
 * not settled) that have no entry in it, in the order of the register.
 */
export function findMissingMotions<M extends AccountableMotion>(options: {
  motions: readonly M[];
  meeting: { id: Id; date: IsoDate };
  entries: readonly { motionId: Id }[];
}): M[] {
  const present = new Set(options.entries.map((entry) => entry.motionId));
  return selectMotionsForAccountability(options).filter((motion) => !present.has(motion.id));
}

export type RoundInOrder = {
  id: Id;
  status: AccountabilityRoundStatus;
  meetingTitle: string;
  meetingDate: IsoDate;
};

/** Rounds are decided in meeting order: a later round waits while an earlier one is still pending. */
export function assertEarlierRoundsDecided(options: {
  round: RoundInOrder;
  rounds: readonly RoundInOrder[];
}): void {
  const { round } = options;
  const pending = options.rounds
    .filter((other) => other.id !== round.id && other.status !== 'decided')
    .filter((other) => other.meetingDate < round.meetingDate)
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
  if (pending.length === 0) return;
  throw new DomainError('round_order', 'An earlier accountability round is still pending', {
    details: {
      pending: pending.map((other) => ({
        roundId: other.id,
        meetingTitle: other.meetingTitle,
        meetingDate: other.meetingDate,
      })),
    },
  });
}

/** The next round a motion held at `meetingDate` goes into: the first open round of a later meeting. */
export function findNextRound<T extends RoundInOrder>(rounds: readonly T[], meetingDate: IsoDate): T | null {
  const later = rounds
    .filter((round) => round.status === 'open' && round.meetingDate > meetingDate)
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
  return later[0] ?? null;
}
