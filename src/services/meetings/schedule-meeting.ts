import { reindexEntity } from '../../search/index.js';
import { createMeeting, type MeetingRecord, type NewMeeting } from '../../store/repositories/meetings.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid } from '../errors.js';
import type { UseCase } from '../types.js';

/** A meeting ends after it begins ("14:00–10:00 uur" is a typing error, and a calendar cannot hold it). */
export function assertTimesInOrder(times: { startTime?: string | null; endTime?: string | null }): void {
  const { startTime, endTime } = times;
  if (startTime && endTime && endTime <= startTime)
    throw invalid(
      'eindtijd',
      'end_before_start',
      `De eindtijd (${endTime}) ligt niet na de begintijd (${startTime}).`,
    );
}

/** Plans a meeting (ALV, Najaars-ALV, Extra ALV, BALV, ledenbijeenkomst). */
export async function scheduleMeeting(options: UseCase & { meeting: NewMeeting }): Promise<MeetingRecord> {
  assertTimesInOrder(options.meeting);
  return inTransaction(options.db, async (trx) => {
    const meeting = await createMeeting(trx, options.writer, options.meeting);
    await reindexEntity(trx, options.writer.organisationId, 'meeting', meeting.id);
    return meeting;
  });
}
