import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { loadMotionDetail } from '../../services/motions/load-motion-detail.js';
import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import { readCaseOf } from '../http/read-case.js';

/** The motion of the address, when the requester may see it; otherwise 404, exactly as for a missing one. */
export async function visibleMotion(
  ctx: AppContext,
  request: FastifyRequest,
  id: string,
): Promise<MotionWithSubmitters> {
  return (await loadMotionDetail({ ...readCaseOf(ctx, request), motionId: id })).motion;
}
