import { reindexEntity } from '../../search/index.js';
import {
  getMeeting,
  type MeetingChanges,
  type MeetingRecord,
  updateMeeting,
} from '../../store/repositories/meetings.js';
import { inTransaction } from '../../store/transaction.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';
import { assertTimesInOrder } from './schedule-meeting.js';

/** Changes a meeting's details or status (gepland, gehouden, geannuleerd). */
export async function editMeeting(
  options: UseCase & { meetingId: string; changes: MeetingChanges },
): Promise<MeetingRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const before = await getMeeting(trx, writer.organisationId, options.meetingId);
    if (!before) throw missing('Vergadering', options.meetingId);
    const { changes } = options;
    assertTimesInOrder({
      startTime: changes.startTime !== undefined ? changes.startTime : before.startTime,
      endTime: changes.endTime !== undefined ? changes.endTime : before.endTime,
    });
    const meeting = await updateMeeting(trx, writer, options.meetingId, options.changes);
    await reindexEntity(trx, writer.organisationId, 'meeting', meeting.id);
    return meeting;
  });
}
