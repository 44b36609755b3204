import { reindexEntity } from '../../search/index.js';
import { createMeeting, type MeetingRecord, type NewMeeting } from '../../store/repositories/meetings.js';
import { inTransaction } from '../../store/transaction.js';
import type { UseCase } from '../types.js';

/** Plans a meeting (ALV, Najaars-ALV, Extra ALV, BALV, ledenbijeenkomst). */
export async function scheduleMeeting(options: UseCase & { meeting: NewMeeting }): Promise<MeetingRecord> {
  return inTransaction(options.db, async (trx) => {
    const meeting = await createMeeting(trx, options.writer, options.meeting);
    await reindexEntity(trx, options.writer.organisationId, 'meeting', meeting.id);
    return meeting;
  });
}
