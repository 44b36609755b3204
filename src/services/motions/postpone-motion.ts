import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import type { UseCase } from '../types.js';
import { moveMotion } from './move-motion.js';

/** The vote is deferred (aangehouden vóór stemming → uitgesteld); submitting again takes it up. */
export function postponeMotion(
  options: UseCase & { motionId: string; meetingId?: string | null; reason?: string | null },
): Promise<MotionWithSubmitters> {
  return moveMotion({ ...options, to: 'postponed' });
}
