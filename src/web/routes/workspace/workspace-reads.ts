import type { FastifyRequest } from 'fastify';
import { loadMotionDetail } from '../../../services/motions/load-motion-detail.js';
import { getUser } from '../../../store/repositories/users.js';
import { isUuid, pageNotFound, readCaseOf, type Web } from '../../web.js';

/** The account's e-mail address (what it follows is kept by address). */
export async function accountEmail(web: Web, request: FastifyRequest): Promise<string | null> {
  const id = request.principal.userId;
  return id ? ((await getUser(web.ctx.db, web.ctx.organisation.id, id))?.email ?? null) : null;
}

/** A motion the reader may see (the read path), or the 404 page. */
export async function visibleMotion(web: Web, request: FastifyRequest, id: string) {
  if (!isUuid(id)) throw pageNotFound();
  return (await loadMotionDetail({ ...readCaseOf(web, request), motionId: id })).motion;
}
