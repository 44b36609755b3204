import { assertMeetingHasTakenPlace, dutchCalendarDate, meetingMoment } from '../../domain/index.js';
import type { Executor } from '../../store/database.js';
import { getMeeting, type MeetingRecord } from '../../store/repositories/meetings.js';
import { invalid } from '../errors.js';

/**
 * The calendar date that decides whether a meeting has taken place: given by the caller (tests, imports of
 * the past) or today's date in the Netherlands. The only place a use case reads the clock for a date rule.
 */
export type Today = { today?: string };

export const todayOf = (options: Today): string => options.today ?? dutchCalendarDate(new Date());

/**
 * The meeting at which something is decided, checked to have taken place, with the moment its decisions
 * carry (the meeting's date and start time in Dutch local time).
 */
export async function requireHeldMeeting(
  db: Executor,
  organisationId: string,
  meetingId: string,
  options: Today & { what: string },
): Promise<{ meeting: MeetingRecord; at: string }> {
  const meeting = await getMeeting(db, organisationId, meetingId);
  if (!meeting) throw invalid('vergadering', 'unknown_meeting', `Vergadering ${meetingId} bestaat niet.`);
  assertMeetingHasTakenPlace({ meeting, today: todayOf(options), what: options.what });
  return { meeting, at: meetingMoment(meeting) };
}
