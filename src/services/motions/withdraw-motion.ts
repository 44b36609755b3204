import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import type { UseCase } from '../types.js';
import { moveMotion } from './move-motion.js';

/** The submitters withdraw the motion before the vote (ingetrokken; final). */
export function withdrawMotion(
  options: UseCase & { motionId: string; reason?: string | null },
): Promise<MotionWithSubmitters> {
  return moveMotion({ ...options, to: 'withdrawn' });
}
