import { addMotionPart, updateMotionPart } from '../../store/repositories/motion-extras.js';
import type { MotionPartRecord } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid } from '../errors.js';
import type { UseCase } from '../types.js';
import { assertBeforeVote, loadMotion } from './load-motion.js';

/** Splits a motion for voting in parts: adds part N (numbered in the order of the text). */
export async function splitMotion(
  options: UseCase & { motionId: string; text: string; number?: number },
): Promise<MotionPartRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const { record, parts } = await loadMotion(trx, writer.organisationId, options.motionId);
    assertBeforeVote(record, 'Splitsen in delen');
    const number = options.number ?? (parts.at(-1)?.number ?? 0) + 1;
    if (parts.some((p) => p.number === number))
      throw invalid('nummer', 'duplicate_part', `Deel ${number} bestaat al.`);
    return addMotionPart(trx, writer, record.id, { number, text: options.text, status: 'pending' });
  });
}

/** Corrects the text of a part that has not been voted on yet. */
export async function editMotionPart(
  options: UseCase & { motionId: string; partId: string; text: string },
): Promise<MotionPartRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const { record, parts } = await loadMotion(trx, writer.organisationId, options.motionId);
    assertBeforeVote(record, 'Een deel wijzigen');
    if (!parts.some((p) => p.id === options.partId))
      throw invalid('deel', 'unknown_part', `Deel ${options.partId} hoort niet bij deze motie.`);
    return updateMotionPart(trx, writer, options.partId, { text: options.text });
  });
}
