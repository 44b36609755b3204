import type { PreAdviceKind } from '../../domain/index.js';
import { addPreAdvice, type PreAdviceRecord } from '../../store/repositories/motion-extras.js';
import { inTransaction } from '../../store/transaction.js';
import type { UseCase } from '../types.js';
import { assertBeforeVote, loadMotion } from './load-motion.js';

/** The board's pre-advice (overnemen, ontraden, oordeel vergadering, aanhouden); a newer one supersedes. */
export async function givePreAdvice(
  options: UseCase & { motionId: string; advice: PreAdviceKind; text?: string | null },
): Promise<PreAdviceRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const { record } = await loadMotion(trx, writer.organisationId, options.motionId);
    assertBeforeVote(record, 'Preadvies geven');
    return addPreAdvice(trx, writer, {
      motionId: record.id,
      advice: options.advice,
      text: options.text ?? null,
    });
  });
}
