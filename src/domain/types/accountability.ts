import type { Id } from './common.js';

export type AccountabilityRoundStatus = 'open' | 'approved' | 'decided';
export type AccountabilityProposal = 'hold' | 'settle' | 'conditional';
export type AccountabilityDecision = 'held' | 'settled';

/** The facts of a round the accountability rules read; a stored round record has them all. */
export type RoundFacts = { id: Id; meetingId: Id; status: AccountabilityRoundStatus };

/** The facts of one entry (a motion in a round) the rules read. */
export type EntryFacts = {
  id: Id;
  roundId: Id;
  motionId: Id;
  text: string | null;
  /** Null until staff have written a proposal. */
  proposal: AccountabilityProposal | null;
  /** For 'conditional': e.g. "aanhouden, tenzij het akkoord wordt ondertekend". */
  condition: string | null;
  decision: AccountabilityDecision | null;
};
