import { formatDutchDate } from '../../domain/vocabulary/index.js';
import { isBeforeMotionDeadline, motionDeadline } from '../../domain/working-days.js';
import type { Executor } from '../../store/database.js';
import { getMeeting, type MeetingRecord } from '../../store/repositories/meetings.js';
import { invalid, ServiceError } from '../errors.js';

/**
 * The assembly a member submits a motion or amendment for, while its deadline (nine Dutch working days before
 * the meeting, public holidays counted) has not passed on `today`. Refused with a Dutch message otherwise.
 */
export async function requireOpenSubmission(
  db: Executor,
  organisationId: string,
  meetingId: string | null,
  today: string,
): Promise<MeetingRecord> {
  if (!meetingId)
    throw invalid('vergadering', 'meeting_required', 'Kies de vergadering waarvoor u de motie indient.');
  const meeting = await getMeeting(db, organisationId, meetingId);
  if (!meeting) throw invalid('vergadering', 'unknown_meeting', `Vergadering ${meetingId} bestaat niet.`);
  if (!isBeforeMotionDeadline(meeting.date, today))
    throw new ServiceError(
      'conflict',
      'deadline_passed',
      `De indientermijn voor ${meeting.title} is verstreken: moties en amendementen konden tot en met ${formatDutchDate(motionDeadline(meeting.date))} worden ingediend (negen werkdagen vóór de vergadering).`,
      'vergadering',
    );
  return meeting;
}
