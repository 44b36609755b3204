export type MeetingKind =
  | 'alv'
  | 'najaars-alv'
  | 'extra-alv'
  | 'balv'
  | 'ledenbijeenkomst'
  /** A council's meeting (raadsvergadering, Statenvergadering, vergadering van het algemeen bestuur; ADR 009). */
  | 'council-meeting';
export type MeetingStatus = 'planned' | 'held' | 'cancelled';

/** ter vaststelling = for decision; ter informatie = for information. */
export type AgendaDocumentPurpose = 'decision' | 'information';

export type VoteStatus = 'created' | 'open' | 'closed' | 'published';
export type BallotChoice = 'for' | 'against' | 'abstain';
export type VoteOutcome = 'adopted' | 'rejected' | 'no-quorum' | 'no-majority';
/** An alternative of a multi-alternative ballot: a1, a2 … (the proposals), 'against' and 'abstain'. */
export type AlternativeKey = `a${number}` | 'against' | 'abstain';
/** What a ballot stores: voor / tegen / onthouding, or the key of one of the vote's alternatives. */
export type VoteChoice = BallotChoice | AlternativeKey;
export type VoteAlternative = { key: AlternativeKey; label: string };
/** One alternative's share of a multi-alternative vote. */
export type AlternativeTally = {
  key: AlternativeKey;
  label: string;
  weight: number;
  members: number;
  /** Share of the weighted votes cast (abstentions apart), 2 decimals; null for the abstentions or when nothing was cast. */
  percentage: number | null;
};

/** The tally of a closed vote, stored with it so the published result never changes. */
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
  /** A multi-alternative vote: the share per alternative and the winning one (null: geen meerderheid). */
  alternatives?: { tallies: AlternativeTally[]; winner: AlternativeKey | null };
};
