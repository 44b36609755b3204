import { type AmendmentRecord, createAmendment } from '../../store/repositories/motion-extras.js';
import { inTransaction } from '../../store/transaction.js';
import type { UseCase } from '../types.js';
import { resolveSubmitters, type SubmitterInput } from './draft-motion.js';
import { assertBeforeVote, loadMotion } from './load-motion.js';

/** Submits an amendment (amendement) to a motion before it is voted on. */
export async function amendMotion(
  options: UseCase & { motionId: string; title: string; text: string; submitters: SubmitterInput[] },
): Promise<AmendmentRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const { record } = await loadMotion(trx, writer.organisationId, options.motionId);
    assertBeforeVote(record, 'Amenderen');
    const submitters = await resolveSubmitters(trx, writer.organisationId, options.submitters);
    return createAmendment(trx, writer, {
      targetKind: 'motion',
      targetId: record.id,
      title: options.title,
      text: options.text,
      submitters,
      status: 'submitted',
    });
  });
}
