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

/** Changes a meeting's details or status (gepland, gehouden, geannuleerd). */
export async function editMeeting(
  options: UseCase & { meetingId: string; changes: MeetingChanges },
): Promise<MeetingRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    if (!(await getMeeting(trx, writer.organisationId, options.meetingId)))
      throw missing('Vergadering', options.meetingId);
    const meeting = await updateMeeting(trx, writer, options.meetingId, options.changes);
    await reindexEntity(trx, writer.organisationId, 'meeting', meeting.id);
    return meeting;
  });
}
