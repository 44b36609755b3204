import type { Id, IsoDate, IsoTimestamp } from './common.js';

export type AccountabilityRoundStatus = 'open' | 'approved' | 'decided';

export type AccountabilityRound = {
  id: Id;
  organisationId: Id;
  /** The assembly at which the board accounts. */
  meetingId: Id;
  status: AccountabilityRoundStatus;
  letterId: Id | null;
  agendaItemId: Id | null;
  openedAt: IsoTimestamp;
  approvedAt: IsoTimestamp | null;
  approvedBy: Id | null;
  decidedAt: IsoTimestamp | null;
};

export type AccountabilityProposal = 'hold' | 'settle' | 'conditional';
export type AccountabilityDecision = 'held' | 'settled';

export type AccountabilityEntry = {
  id: Id;
  roundId: Id;
  motionId: Id;
  text: string;
  /** Null until staff have written a proposal. */
  proposal: AccountabilityProposal | null;
  /** For 'conditional': e.g. "aanhouden, tenzij het akkoord wordt ondertekend". */
  condition: string | null;
  decision: AccountabilityDecision | null;
  decidedOn: IsoDate | null;
  voteId: Id | null;
};
