import { reindexEntity } from '../../search/index.js';
import {
  addMotionSubmitter,
  getMotion,
  type MotionWithSubmitters,
} from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import type { UseCase } from '../types.js';
import { resolveSubmitters } from './draft-motion.js';
import { assertBeforeVote, loadMotion } from './load-motion.js';

/** A member co-signs (mede-indienen) a motion before the vote; signing twice changes nothing. */
export async function cosignMotion(
  options: UseCase & { motionId: string; memberId: string },
): Promise<MotionWithSubmitters> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const { record } = await loadMotion(trx, writer.organisationId, options.motionId);
    assertBeforeVote(record, 'Mede-indienen');
    const [submitter] = await resolveSubmitters(trx, writer.organisationId, [{ memberId: options.memberId }]);
    await addMotionSubmitter(trx, writer, record.id, submitter);
    await reindexEntity(trx, writer.organisationId, 'motion', record.id);
    return (await getMotion(trx, writer.organisationId, record.id))!;
  });
}
