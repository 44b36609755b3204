import { DomainError } from './errors.js';
import { toPercentage } from './percentage.js';
import type { BallotChoice, Id, MajorityRule, VoteResult } from './types.js';
import type { VoteResultFacts } from './vocabulary/vote.js';
import { winningAlternative } from './vote-alternatives.js';

export type TallyBallot = { memberId: Id; choice: BallotChoice; weight: number };

export type TallyVoteOptions = {
  ballots: readonly TallyBallot[];
  /** Sum of the weights of all members entitled to vote. */
  eligibleWeight: number;
  /** Weight of the members present (registered at the meeting); at least the weight that voted. */
  presentWeight: number;
  majority: MajorityRule;
  /** Fraction (0..1) of the eligible weight that must be present. */
  quorum: number;
};

/**
 * The result is the share of the weighted votes cast (for + against); abstentions are reported
 * apart and do not count. Simple majority: more than half of cast. Two-thirds: at least 2/3 of
 * cast. A tie, or nothing cast, is rejected. Comparisons use cross-multiplication, not rounded
 * percentages, so 66,67% displayed is not mistaken for 2/3.
 */
export function tallyVote(options: TallyVoteOptions): VoteResult {
  validateTallyOptions(options);
  const totals = { for: 0, against: 0, abstain: 0 };
  const members = { for: 0, against: 0, abstain: 0 };
  const seen = new Set<Id>();
  for (const ballot of options.ballots) {
    if (seen.has(ballot.memberId)) {
      throw new DomainError('duplicate_ballot', `Member ${ballot.memberId} voted more than once`, {
        details: { memberId: ballot.memberId },
      });
    }
    seen.add(ballot.memberId);
    if (!(Number.isFinite(ballot.weight) && ballot.weight >= 0)) {
      throw new DomainError('invalid_vote', `Ballot of ${ballot.memberId} has an invalid weight`);
    }
    totals[ballot.choice] += ballot.weight;
    members[ballot.choice] += 1;
  }
  const voted = totals.for + totals.against + totals.abstain;
  if (voted > options.presentWeight) {
    throw new DomainError('invalid_vote', 'More weight voted than is present', {
      details: { voted, presentWeight: options.presentWeight },
    });
  }
  const cast = totals.for + totals.against;
  const quorumMet = isQuorumMet(options);
  return {
    ...totals,
    cast,
    percentageFor: toPercentage(totals.for, cast),
    abstentionsReported: { members: members.abstain, weight: totals.abstain },
    members,
    eligibleWeight: options.eligibleWeight,
    presentWeight: options.presentWeight,
    quorumMet,
    byAcclamation: false,
    outcome: quorumMet
      ? hasMajority(totals.for, cast, options.majority)
        ? 'adopted'
        : 'rejected'
      : 'no-quorum',
  };
}

export function hasMajority(forWeight: number, cast: number, majority: MajorityRule): boolean {
  if (cast <= 0) return false;
  return majority === 'simple' ? forWeight * 2 > cast : forWeight * 3 >= cast * 2;
}

export function isQuorumMet(options: {
  eligibleWeight: number;
  presentWeight: number;
  quorum: number;
}): boolean {
  return options.presentWeight >= options.quorum * options.eligibleWeight;
}

/** "akkoord bij acclamatie": adopted without counting; quorum still applies when known. */
export function adoptedByAcclamation(
  options: { eligibleWeight?: number; presentWeight?: number; quorum?: number } = {},
): VoteResult {
  const eligibleWeight = options.eligibleWeight ?? 0;
  const presentWeight = options.presentWeight ?? eligibleWeight;
  const quorumMet = isQuorumMet({ eligibleWeight, presentWeight, quorum: options.quorum ?? 0 });
  return {
    for: 0,
    against: 0,
    abstain: 0,
    cast: 0,
    percentageFor: null,
    abstentionsReported: { members: 0, weight: 0 },
    members: { for: 0, against: 0, abstain: 0 },
    eligibleWeight,
    presentWeight,
    quorumMet,
    byAcclamation: true,
    outcome: quorumMet ? 'adopted' : 'no-quorum',
  };
}

export type HandCount = { for: number; against: number; abstain: number };

/**
 * An analog result: the weights counted by hand in the hall (no ballots per member), tallied by the same rule
 * as the ballots (share of for + against, abstentions apart, majority, quorum on the present weight).
 */
export function tallyHandCount(
  options: Omit<TallyVoteOptions, 'ballots'> & { counted: HandCount },
): VoteResult {
  validateTallyOptions({ ...options, ballots: [] });
  const { counted } = options;
  for (const choice of ['for', 'against', 'abstain'] as const)
    if (!(Number.isFinite(counted[choice]) && counted[choice] >= 0))
      throw new DomainError('invalid_vote', `The ${choice} count must be a non-negative number`);
  const voted = counted.for + counted.against + counted.abstain;
  if (voted > options.presentWeight)
    throw new DomainError('invalid_vote', 'More weight voted than is present', {
      details: { voted, presentWeight: options.presentWeight },
    });
  const cast = counted.for + counted.against;
  const quorumMet = isQuorumMet(options);
  return {
    for: counted.for,
    against: counted.against,
    abstain: counted.abstain,
    cast,
    percentageFor: toPercentage(counted.for, cast),
    abstentionsReported: { members: 0, weight: counted.abstain },
    members: { for: 0, against: 0, abstain: 0 },
    eligibleWeight: options.eligibleWeight,
    presentWeight: options.presentWeight,
    quorumMet,
    byAcclamation: false,
    outcome: quorumMet
      ? hasMajority(counted.for, cast, options.majority)
        ? 'adopted'
        : 'rejected'
      : 'no-quorum',
  };
}

export type PartBallots = { partId: Id; ballots: readonly TallyBallot[] };

/** A motion voted in parts: one tally per part with the same attendance and rules. */
export function tallyParts(
  options: Omit<TallyVoteOptions, 'ballots'> & { parts: readonly PartBallots[] },
): { partId: Id; result: VoteResult }[] {
  const { parts, ...rules } = options;
  return parts.map((part) => ({
    partId: part.partId,
    result: tallyVote({ ...rules, ballots: part.ballots }),
  }));
}

/** The facts of a tally that its published wording is made of (formatVoteResult). */
export function resultFacts(result: VoteResult): VoteResultFacts {
  return {
    outcome: result.outcome,
    percentage: result.percentageFor,
    byAcclamation: result.byAcclamation,
    alternative: winningAlternative(result),
  };
}

function validateTallyOptions(options: TallyVoteOptions): void {
  const { eligibleWeight, presentWeight, quorum } = options;
  if (!(Number.isFinite(eligibleWeight) && eligibleWeight >= 0)) {
    throw new DomainError('invalid_vote', 'eligibleWeight must be a non-negative number');
  }
  if (!(Number.isFinite(presentWeight) && presentWeight >= 0 && presentWeight <= eligibleWeight)) {
    throw new DomainError('invalid_vote', 'presentWeight must be between 0 and eligibleWeight');
  }
  if (!(quorum >= 0 && quorum <= 1))
    throw new DomainError('invalid_vote', 'quorum must be a fraction from 0 to 1');
}
