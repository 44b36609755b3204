import { getMotion, type MotionWithSubmitters } from '../../../store/repositories/motions.js';
import { isUuid, pageNotFound, type Web } from '../../web.js';

/** The organisation's motion by its id in the address, for the staff pages; the 404 page for anything else. */
export async function staffMotionOrNotFound(web: Web, id: string): Promise<MotionWithSubmitters> {
  const motion = isUuid(id) ? await getMotion(web.ctx.db, web.ctx.organisation.id, id) : undefined;
  if (!motion) throw pageNotFound();
  return motion;
}
