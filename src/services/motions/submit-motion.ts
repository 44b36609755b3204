import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import type { UseCase } from '../types.js';
import { moveMotion } from './move-motion.js';

/** concept → ingediend (also uitgesteld → ingediend: the postponed vote is taken up again). */
export function submitMotion(
  options: UseCase & { motionId: string; meetingId?: string | null },
): Promise<MotionWithSubmitters> {
  return moveMotion({ ...options, to: 'submitted' });
}
