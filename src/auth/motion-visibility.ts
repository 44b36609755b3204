import { MOTION_STATUSES } from '../domain/motion-lifecycle.js';
import type { MotionWithSubmitters } from '../store/repositories/motions.js';
import { notAllowed, notAuthenticated } from './errors.js';
import { can, type Principal } from './index.js';

/** Who may see which motions: one rule for the API and the portal. */
const ALL_MOTION_STATUSES: string[] = [...MOTION_STATUSES];

export const motionResource = (m: MotionWithSubmitters) => ({
  memberIds: m.submitters.map((s) => s.memberId),
});

/**
 * The municipality a motion belongs to: its first submitter. Co-signers support it, they do not own it: only
 * the first submitter's representatives (or the association's staff) edit, submit or withdraw it.
 */
export const motionOwner = (m: MotionWithSubmitters) => ({ memberIds: [m.submitters[0]?.memberId ?? null] });

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

/** Drafts (concept) are not published: only their submitters and the association's own people see them. */
export function canSeeMotion(principal: Principal, m: MotionWithSubmitters): boolean {
  return m.status !== 'draft' || can(principal, 'draft.read', motionResource(m));
}

/**
 * Narrows a list filter to what the principal may see: without the right to read all drafts, drafts are
 * left out, except that a member's representative asking for concept motions gets their own member's.
 * Returns null when nothing can match.
 */
export function visibleStatuses(
  principal: Principal,
  wanted: string[] | undefined,
): { status: string[] | undefined; ownMemberOnly: boolean } | null {
  if (can(principal, 'draft.read') && principal.role !== 'member')
    return { status: wanted, ownMemberOnly: false };
  const statuses = wanted ?? ALL_MOTION_STATUSES;
  if (principal.role === 'member' && principal.memberId && statuses.length === 1 && statuses[0] === 'draft')
    return { status: ['draft'], ownMemberOnly: true };
  const published = statuses.filter((s) => s !== 'draft');
  if (published.length === 0) return null;
  return {
    status: wanted ? published : ALL_MOTION_STATUSES.filter((s) => s !== 'draft'),
    ownMemberOnly: false,
  };
}
