import type { Id, IsoDate, IsoTimestamp, MajorityRule } from './common.js';

export type MeetingKind = 'alv' | 'najaars-alv' | 'extra-alv' | 'balv' | 'ledenbijeenkomst';
export type MeetingStatus = 'planned' | 'held' | 'cancelled';

export type Meeting = {
  id: Id;
  organisationId: Id;
  kind: MeetingKind;
  title: string;
  date: IsoDate;
  /** Local time 'HH:MM'. */
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  address: string | null;
  /** Date whose member data (inhabitants, seats) determines vote weights; usually the meeting date. */
  referenceDate: IsoDate;
  status: MeetingStatus;
  registrationOpen: boolean;
};

/** ter vaststelling = for decision; ter informatie = for information. */
export type AgendaDocumentPurpose = 'decision' | 'information';

export type AgendaItem = {
  id: Id;
  meetingId: Id;
  /** As printed on the agenda, e.g. '11' or '4a'. */
  number: string;
  title: string;
  position: number;
  documents: { documentId: Id; purpose: AgendaDocumentPurpose }[];
};

export type Registration = {
  id: Id;
  meetingId: Id;
  memberId: Id | null;
  personName: string;
  email: string;
  jobTitle: string | null;
  dietaryWishes: string | null;
  allergies: string | null;
  registeredAt: IsoTimestamp;
  cancelledAt: IsoTimestamp | null;
};

export type VoteStatus = 'created' | 'open' | 'closed' | 'published';
export type BallotChoice = 'for' | 'against' | 'abstain';
export type VoteOutcome = 'adopted' | 'rejected' | 'no-quorum';

export type VoteSubjectType =
  | 'motion'
  | 'motion-part'
  | 'amendment'
  | 'resolution'
  | 'agenda-item'
  | 'accountability-round'
  | 'accountability-entry';

export type VoteResult = {
  for: number;
  against: number;
  abstain: number;
  /** for + against: the base of the percentage (abstentions excluded). */
  cast: number;
  /** Share of cast weight in favour, 2 decimals; null when nothing was cast or by acclamation. */
  percentageFor: number | null;
  /** Abstentions are reported apart from the percentage. */
  abstentionsReported: { members: number; weight: number };
  members: { for: number; against: number; abstain: number };
  eligibleWeight: number;
  presentWeight: number;
  quorumMet: boolean;
  byAcclamation: boolean;
  outcome: VoteOutcome;
};

export type Vote = {
  id: Id;
  organisationId: Id;
  meetingId: Id;
  agendaItemId: Id | null;
  subject: { type: VoteSubjectType; id: Id };
  title: string;
  status: VoteStatus;
  majority: MajorityRule;
  quorum: number;
  byAcclamation: boolean;
  openedAt: IsoTimestamp | null;
  closedAt: IsoTimestamp | null;
  publishedAt: IsoTimestamp | null;
  result: VoteResult | null;
};

export type Ballot = {
  id: Id;
  voteId: Id;
  memberId: Id;
  choice: BallotChoice;
  /** Computed by the server from the organisation's rule, never sent by a client. */
  weight: number;
  castAt: IsoTimestamp;
  castBy: Id | null;
};
