import { assertTimestamp } from './dates.js';
import { DomainError, illegalTransition } from './errors.js';
import type { Id, IsoTimestamp, MotionFacts, MotionStatus, MotionTransition } from './types.js';

export const MOTION_STATUSES: readonly MotionStatus[] = [
  'draft',
  'submitted',
  'withdrawn',
  'postponed',
  'adopted',
  'rejected',
  'held',
  'settled',
];

/**
 * DESIGN §3. A postponed motion goes back to 'submitted' before it is voted again, so the
 * vote always starts from one state. 'held' → 'held' is legal: each round may hold it again.
 * withdrawn, rejected and settled are final: corrections are new events, never edits.
 */
const NEXT: Readonly<Record<MotionStatus, readonly MotionStatus[]>> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['withdrawn', 'postponed', 'adopted', 'rejected'],
  postponed: ['submitted', 'withdrawn'],
  adopted: ['held', 'settled'],
  held: ['held', 'settled'],
  withdrawn: [],
  rejected: [],
  settled: [],
};

export function allowedNextStatuses(status: MotionStatus): readonly MotionStatus[] {
  return NEXT[status];
}

export function canTransitionMotion(from: MotionStatus, to: MotionStatus): boolean {
  return NEXT[from].includes(to);
}

/** Adopted or held: still work for the board, so it appears in the next accountability round. */
export function isMotionOpenForAccountability(status: MotionStatus): boolean {
  return status === 'adopted' || status === 'held';
}

const BEFORE_VOTE: ReadonlySet<MotionStatus> = new Set(['draft', 'submitted', 'postponed']);

/** Whether a motion is still before its vote (a draft, submitted or postponed): its text, submitters and pre-advice may change. */
export function isBeforeVote(status: MotionStatus): boolean {
  return BEFORE_VOTE.has(status);
}

export function isFinalMotionStatus(status: MotionStatus): boolean {
  return NEXT[status].length === 0;
}

export type TransitionMotionOptions = {
  motion: MotionFacts;
  to: MotionStatus;
  at: IsoTimestamp;
  /** Where the decision was taken; falls back to the motion's own meeting. */
  meetingId?: Id | null;
  voteId?: Id | null;
  roundId?: Id | null;
  reason?: string | null;
};

/** The transition to record, when the lifecycle allows it (else DomainError 'illegal_transition'). */
export function transitionMotion(options: TransitionMotionOptions): MotionTransition {
  const { motion, to, at } = options;
  if (!canTransitionMotion(motion.status, to)) {
    throw illegalTransition({ entity: 'motion', current: motion.status, to, allowed: NEXT[motion.status] });
  }
  assertTimestamp(at);
  const meetingId = options.meetingId ?? motion.meetingId ?? null;
  // The accountability report groups motions by the meeting that adopted them, so it must be known.
  if (to === 'adopted' && meetingId === null) {
    throw new DomainError('meeting_required', 'A motion can only be adopted at a meeting', {
      details: { motionId: motion.id },
    });
  }
  return {
    motionId: motion.id,
    from: motion.status,
    to,
    at,
    meetingId,
    voteId: options.voteId ?? null,
    roundId: options.roundId ?? null,
    reason: options.reason ?? null,
  };
}
