import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import type { Today } from '../meetings/held-meeting.js';
import type { UseCase } from '../types.js';
import { moveMotion } from './move-motion.js';
import { describeVoteResult, type VoteResultInput } from './vote-result.js';

/**
 * Records the assembly's vote on a whole motion: adopted or rejected (with the percentage in favour, or
 * by acclamation), or postponed. Moves the motion accordingly; a motion voted in parts uses recordPartVoteResult.
 */
export function recordVoteResult(
  options: UseCase &
    Today &
    VoteResultInput & { motionId: string; meetingId?: string | null; voteId?: string | null },
): Promise<MotionWithSubmitters> {
  const voteResult = describeVoteResult(options);
  return moveMotion({
    ...options,
    to: options.outcome,
    voteResult,
    votePercentage: options.percentage ?? null,
    byAcclamation: options.byAcclamation ?? false,
    reason: voteResult,
  });
}
