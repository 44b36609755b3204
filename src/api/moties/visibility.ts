export { canSeeMotion, motionResource, visibleStatuses } from '../../auth/motion-visibility.js';

import type { AppContext } from '../../app-context.js';
import type { Principal } from '../../auth/index.js';
import { canSeeMotion } from '../../auth/motion-visibility.js';
import { findMemberByCode } from '../../store/repositories/members.js';
import { getMotion } from '../../store/repositories/motions.js';
import { notFound } from '../errors/problem.js';

export async function findVisibleMotion(ctx: AppContext, principal: Principal, id: string) {
  const motion = await getMotion(ctx.db, ctx.organisation.id, id);
  if (!motion || !canSeeMotion(principal, motion)) throw notFound('Motie', id);
  return motion;
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
