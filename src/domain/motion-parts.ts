import { DomainError } from './errors.js';
import { transitionMotion } from './motion-lifecycle.js';
import type {
  Id,
  IsoTimestamp,
  MotionFacts,
  MotionPartStatus,
  MotionStatus,
  MotionTransition,
} from './types.js';
import { motionPartStatus } from './vocabulary/motion.js';

/**
 * The overall status of a motion voted in parts. Rule (in order):
 * 1. any part adopted → 'adopted' (the board has work; the other parts keep their own status);
 * 2. every part withdrawn → 'withdrawn';
 * 3. every remaining part rejected → 'rejected' (withdrawn parts are ignored);
 * 4. any part still pending → 'submitted' (the vote is not finished);
 * 5. otherwise some part is postponed and none adopted → 'postponed'.
 */
export function deriveMotionStatusFromParts(parts: readonly { status: MotionPartStatus }[]): MotionStatus {
  if (parts.length === 0) {
    throw new DomainError('invalid_vote', 'A motion voted in parts needs at least one part');
  }
  const statuses = parts.map((part) => part.status);
  if (statuses.includes('adopted')) return 'adopted';
  const live = statuses.filter((status) => status !== 'withdrawn');
  if (live.length === 0) return 'withdrawn';
  if (live.every((status) => status === 'rejected')) return 'rejected';
  if (live.includes('pending')) return 'submitted';
  return 'postponed';
}

/** The facts of a part of a motion the rules read; a stored part record has them all. */
export type PartFacts = { id: Id; number: number; status: MotionPartStatus };

export type RecordPartResultOptions<P extends PartFacts> = {
  motion: MotionFacts;
  parts: readonly P[];
  partId: Id;
  status: Exclude<MotionPartStatus, 'pending'>;
  at: IsoTimestamp;
  meetingId?: Id | null;
  voteId?: Id | null;
};

/**
 * Records one part's result and moves the motion when its derived status changes, so the
 * motion's history shows the transition with the vote of the part that decided it.
 */
export function recordPartResult<P extends PartFacts>(
  options: RecordPartResultOptions<P>,
): { parts: P[]; transition: MotionTransition | null } {
  const { motion, partId, status } = options;
  const part = options.parts.find((candidate) => candidate.id === partId);
  if (!part) {
    throw new DomainError('invalid_vote', `Part ${partId} does not belong to motion ${motion.id}`);
  }
  if (part.status !== 'pending' && part.status !== 'postponed') {
    throw new DomainError('invalid_vote', `Part ${part.number} was already decided (${part.status})`, {
      current: part.status,
    });
  }
  const parts = options.parts.map((candidate) =>
    candidate.id === partId ? { ...candidate, status } : candidate,
  );
  const derived = deriveMotionStatusFromParts(parts);
  if (derived === motion.status || derived === 'submitted') return { parts, transition: null };
  const transition = transitionMotion({
    motion,
    to: derived,
    at: options.at,
    meetingId: options.meetingId,
    voteId: options.voteId,
    // Shown in the motion's history: "deel 2: aangenomen".
    reason: `deel ${part.number}: ${motionPartStatus.label(status).toLowerCase()}`,
  });
  return { parts, transition };
}
