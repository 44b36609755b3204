import { can, type Principal } from '../../auth/index.js';
import type { AppContext } from '../../services/context.js';
import { findMemberByCode } from '../../store/repositories/members.js';
import { getMotion, type MotionWithSubmitters } from '../../store/repositories/motions.js';
import { notFound } from '../errors/problem.js';

export const ALL_MOTION_STATUSES = [
  'draft',
  'submitted',
  'withdrawn',
  'postponed',
  'adopted',
  'rejected',
  'held',
  'settled',
];

export const motionResource = (m: MotionWithSubmitters) => ({
  memberIds: m.submitters.map((s) => s.memberId),
});

/** Drafts (concept) are not published: only their submitters and the association's own people see them. */
export function canSeeMotion(principal: Principal, m: MotionWithSubmitters): boolean {
  return m.status !== 'draft' || can(principal, 'draft.read', motionResource(m));
}

export async function findVisibleMotion(ctx: AppContext, principal: Principal, id: string) {
  const motion = await getMotion(ctx.db, ctx.organisation.id, id);
  if (!motion || !canSeeMotion(principal, motion)) throw notFound('Motie', id);
  return motion;
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

/** `lid` accepts a UUID or a CBS code; an unknown code matches nothing. */
export async function resolveMemberFilter(
  ctx: AppContext,
  lid: string | undefined,
): Promise<string | null | undefined> {
  if (!lid) return undefined;
  if (/^GM\d{4}$/i.test(lid))
    return (await findMemberByCode(ctx.db, ctx.organisation.id, lid.toUpperCase()))?.id ?? null;
  return lid.toLowerCase();
}
