import type { Id, IsoDate, IsoTimestamp } from './common.js';

export type MotionStatus =
  | 'draft'
  | 'submitted'
  | 'withdrawn'
  | 'postponed'
  | 'adopted'
  | 'rejected'
  | 'held'
  | 'settled';

export type MotionSubmitter = {
  /** Null when the submitter is not (or no longer) a known member. */
  memberId: Id | null;
  name: string;
};

export type MotionPartStatus = 'pending' | 'adopted' | 'rejected' | 'postponed' | 'withdrawn';

export type MotionPart = {
  id: Id;
  motionId: Id;
  /** 1-based, in the order of the motion text. */
  number: number;
  text: string;
  status: MotionPartStatus;
  voteId: Id | null;
};

/** How the operative call is phrased: verzoekt / roept op / draagt op. */
export type MotionCallKind = 'requests' | 'calls-on' | 'instructs';

export type Motion = {
  id: Id;
  organisationId: Id;
  /** Meeting at which the motion is submitted (and voted). */
  meetingId: Id | null;
  agendaItemId: Id | null;
  number: string | null;
  title: string;
  /** Ordered: the first is the lead submitter (indiener). */
  submitters: MotionSubmitter[];
  /** "en anderen": more co-signers than listed. */
  andOthers: boolean;
  topic: string | null;
  considerations: string | null;
  callKind: MotionCallKind | null;
  call: string;
  status: MotionStatus;
  adoptedAtMeetingId: Id | null;
  adoptedOn: IsoDate | null;
  byAcclamation: boolean;
  parts: MotionPart[];
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
};

/** Every change of a motion's status, with who, when, where and why. */
export type MotionTransition = {
  motionId: Id;
  from: MotionStatus;
  to: MotionStatus;
  at: IsoTimestamp;
  actorId: Id | null;
  meetingId: Id | null;
  voteId: Id | null;
  /** The accountability entry whose decision caused it, if any. */
  accountabilityEntryId: Id | null;
  reason: string | null;
};

export type AmendmentStatus = 'submitted' | 'withdrawn' | 'adopted' | 'rejected';

/** What an amendment changes. */
export type AmendmentTarget = 'motion' | 'resolution';

export type Amendment = {
  id: Id;
  organisationId: Id;
  target: { type: 'motion' | 'resolution'; id: Id; versionId: Id | null };
  number: string | null;
  title: string;
  submitters: MotionSubmitter[];
  andOthers: boolean;
  text: string;
  status: AmendmentStatus;
  voteId: Id | null;
  createdAt: IsoTimestamp;
};

/** overnemen / ontraden / oordeel vergadering / aanhouden (postpone the vote). */
export type PreAdviceKind = 'adopt' | 'advise-against' | 'assembly-judgement' | 'postpone';

export type PreAdvice = {
  id: Id;
  target: { type: 'motion' | 'amendment' | 'resolution'; id: Id };
  advice: PreAdviceKind;
  explanation: string;
  givenOn: IsoDate;
  givenBy: Id | null;
};
