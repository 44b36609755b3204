import type { MotionWithSubmitters } from '../store/repositories/motions.js';
import { can } from './authorize.js';
import { notAllowed, notAuthenticated } from './errors.js';
import type { Principal } from './roles.js';

/**
 * The municipality a motion belongs to: its first submitter. Co-signers support it, they do not own it: only
 * the first submitter's representatives (or the association's staff) edit, submit or withdraw it.
 */
export const motionOwner = (m: Pick<MotionWithSubmitters, 'submitters'>) => ({
  memberIds: [m.submitters[0]?.memberId ?? null],
});

/**
 * Naming a municipality as (co-)submitter needs its consent: a representative names only its own municipality;
 * another joins by co-signing itself (POST /moties/{id}/mede-indienen). One check per named member.
 */
export function authorizeSubmitters(
  principal: Principal,
  action: 'motion.create' | 'amendment.create',
  memberIds: readonly (string | null)[],
): void {
  if (memberIds.every((memberId) => can(principal, action, { memberIds: [memberId] }))) return;
  if (principal.role === 'public') throw notAuthenticated();
  throw notAllowed(
    'U kunt alleen uw eigen gemeente als indiener noemen. Een andere gemeente wordt mede-indiener door zelf mede te ondertekenen.',
  );
}
