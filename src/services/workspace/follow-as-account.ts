import { ANONYMOUS } from '../../auth/roles.js';
import { confirmMotionFollow, requestMotionFollow } from '../../store/repositories/motion-follows.js';
import { getMotion } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { missing } from '../errors.js';
import { hashToken, newToken } from '../outbox/queue-message.js';
import type { UseCase } from '../types.js';
import { canSeeMotion } from '../visibility.js';

/**
 * A signed-in account follows a published motion with its own address: the address is the account's, so it
 * needs no confirmation mail; it is confirmed at once (and an earlier unsubscribe from the motion is lifted).
 */
export async function followAsAccount(
  options: UseCase & { motionId: string; email: string; at: string },
): Promise<void> {
  const { db, writer } = options;
  await inTransaction(db, async (trx) => {
    const motion = await getMotion(trx, writer.organisationId, options.motionId);
    if (!motion || !canSeeMotion(ANONYMOUS, motion)) throw missing('Motie', options.motionId);
    const follow = await requestMotionFollow(trx, writer, {
      motionId: motion.id,
      email: options.email.trim().toLowerCase(),
      confirmCodeHash: hashToken(newToken()),
      at: options.at,
    });
    await confirmMotionFollow(trx, writer, follow, options.at);
  });
}
