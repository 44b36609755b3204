import { MOTION_STATUSES } from '../domain/motion-lifecycle.js';
import type { MotionStatus } from '../domain/types.js';
import type { MotionWithSubmitters } from '../store/repositories/motions.js';
import { can, type Principal } from './index.js';

/** Who may see which motions: one rule for the API and the portal. */

export const motionResource = (m: MotionWithSubmitters) => ({
  memberIds: m.submitters.map((s) => s.memberId),
});

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
  wanted: MotionStatus[] | undefined,
): { status: MotionStatus[] | undefined; ownMemberOnly: boolean } | null {
  if (can(principal, 'draft.read') && principal.role !== 'member')
    return { status: wanted, ownMemberOnly: false };
  const statuses = wanted ?? MOTION_STATUSES;
  if (principal.role === 'member' && principal.memberId && statuses.length === 1 && statuses[0] === 'draft')
    return { status: ['draft'], ownMemberOnly: true };
  const published = statuses.filter((s) => s !== 'draft');
  if (published.length === 0) return null;
  return {
    status: wanted ? published : MOTION_STATUSES.filter((s) => s !== 'draft'),
    ownMemberOnly: false,
  };
}
