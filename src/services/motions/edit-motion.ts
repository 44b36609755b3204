import { reindexEntity } from '../../search/index.js';
import { type MotionWithSubmitters, updateMotion } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { locked } from '../errors.js';
import type { UseCase } from '../types.js';
import { assertMeeting, type MotionText } from './draft-motion.js';
import { assertBeforeVote, loadMotion } from './load-motion.js';

const TEXT_FIELDS = ['title', 'call', 'body'] as const;

/**
 * Changes a motion that may still change: its text only while it is a draft (after submission the
 * text is on record and changes go through amendments), its metadata until the vote.
 */
export async function editMotion(
  options: UseCase & { motionId: string; changes: Partial<MotionText> },
): Promise<MotionWithSubmitters> {
  const { db, writer, motionId, changes } = options;
  return inTransaction(db, async (trx) => {
    const { record } = await loadMotion(trx, writer.organisationId, motionId);
    assertBeforeVote(record, 'Wijzigen');
    const textChanged = TEXT_FIELDS.some((f) => changes[f] !== undefined && changes[f] !== record[f]);
    if (textChanged && record.status !== 'draft')
      throw locked(
        'motion_submitted',
        'De tekst van een ingediende motie wijzigt alleen via een amendement.',
      );
    await assertMeeting(trx, writer.organisationId, changes.meetingId);
    const updated = await updateMotion(trx, writer, motionId, changes);
    await reindexEntity(trx, writer.organisationId, 'motion', motionId);
    return updated;
  });
}
