import type { Id, IsoTimestamp } from './common.js';

export type MotionStatus =
  | 'draft'
  | 'submitted'
  | 'withdrawn'
  | 'postponed'
  | 'adopted'
  | 'rejected'
  | 'held'
  | 'settled';

export type MotionPartStatus = 'pending' | 'adopted' | 'rejected' | 'postponed' | 'withdrawn';

/** The facts of a motion the lifecycle rules read; a stored motion record has them all. */
export type MotionFacts = {
  id: Id;
  status: MotionStatus;
  /** The meeting the motion was submitted to (and voted at). */
  meetingId: Id | null;
};

/** One change of a motion's status, with who decided where and why: what the store records. */
export type MotionTransition = {
  motionId: Id;
  from: MotionStatus;
  to: MotionStatus;
  at: IsoTimestamp;
  meetingId: Id | null;
  voteId: Id | null;
  /** The accountability round whose decision caused it, if any. */
  roundId: Id | null;
  reason: string | null;
};

export type AmendmentStatus = 'submitted' | 'withdrawn' | 'adopted' | 'rejected';

/** What an amendment changes: a motion or resolution in the register, or the document it was read from. */
export type AmendmentTarget = 'motion' | 'resolution' | 'document';

/** overnemen / ontraden / oordeel vergadering / aanhouden (postpone the vote). */
export type PreAdviceKind = 'adopt' | 'advise-against' | 'assembly-judgement' | 'postpone';
