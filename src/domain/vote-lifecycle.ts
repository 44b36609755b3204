import { assertTimestamp } from './dates.js';
import { DomainError, illegalTransition } from './errors.js';
import type {
  BallotChoice,
  Id,
  IsoTimestamp,
  MajorityRule,
  VoteAlternative,
  VoteChoice,
  VoteResult,
  VoteStatus,
} from './types.js';
import { assertChoiceAllowed, tallyAlternatives } from './vote-alternatives.js';
import { isQuorumMet, type TallyBallot, tallyVote } from './vote-tally.js';

export const VOTE_STATUSES: readonly VoteStatus[] = ['created', 'open', 'closed', 'published'];

/** The facts of a vote the lifecycle rules read; a stored vote record has them all. */
export type VoteFacts = {
  id: Id;
  status: VoteStatus;
  majority: MajorityRule;
  openedAt: IsoTimestamp | null;
  closedAt: IsoTimestamp | null;
  publishedAt: IsoTimestamp | null;
};

const NEXT: Readonly<Record<VoteStatus, readonly VoteStatus[]>> = {
  created: ['open'],
  open: ['closed'],
  closed: ['published'],
  published: [],
};

export function allowedNextVoteStatuses(status: VoteStatus): readonly VoteStatus[] {
  return NEXT[status];
}

export function transitionVote<V extends VoteFacts>(options: {
  vote: V;
  to: VoteStatus;
  at: IsoTimestamp;
}): V {
  const { vote, to, at } = options;
  if (!NEXT[vote.status].includes(to)) {
    throw illegalTransition({ entity: 'vote', current: vote.status, to, allowed: NEXT[vote.status] });
  }
  assertTimestamp(at);
  if (to === 'open') return { ...vote, status: to, openedAt: at };
  if (to === 'closed') return { ...vote, status: to, closedAt: at };
  return { ...vote, status: to, publishedAt: at };
}

/** Refuses to open a vote without quorum, so a no-quorum result is the exception, not the routine. */
export function assertQuorum(options: {
  eligibleWeight: number;
  presentWeight: number;
  quorum: number;
}): void {
  if (!isQuorumMet(options)) {
    throw new DomainError('quorum_not_met', 'Not enough voting weight is present', {
      details: { ...options },
    });
  }
}

export type CastBallotOptions = {
  vote: Pick<VoteFacts, 'id' | 'status'>;
  existing: readonly { memberId: Id }[];
  memberId: Id;
  choice: VoteChoice;
  /** From the organisation's rule (computeMemberWeight), never from the client. */
  weight: number;
  at: IsoTimestamp;
};

/** The ballot to store, when the vote is open and the member has not voted yet. */
export function castBallot(options: CastBallotOptions): {
  voteId: Id;
  memberId: Id;
  choice: VoteChoice;
  weight: number;
  castAt: IsoTimestamp;
} {
  const { vote, memberId } = options;
  if (vote.status !== 'open') {
    throw new DomainError('vote_not_open', 'Ballots are accepted only while the vote is open', {
      current: vote.status,
    });
  }
  if (options.existing.some((ballot) => ballot.memberId === memberId)) {
    throw new DomainError('duplicate_ballot', `Member ${memberId} has already voted`, {
      details: { memberId },
    });
  }
  assertTimestamp(options.at);
  return { voteId: vote.id, memberId, choice: options.choice, weight: options.weight, castAt: options.at };
}

/** Closes the vote and stores the tally, so the published result never changes afterwards. */
export function closeVote<V extends VoteFacts>(options: {
  vote: V;
  ballots: readonly { memberId: Id; choice: VoteChoice; weight: number }[];
  /** The vote's alternatives: tallied per alternative (tallyAlternatives); else voor / tegen / onthouding. */
  alternatives?: readonly VoteAlternative[] | null;
  /** Fraction (0..1) of the eligible weight that must be present: the organisation's rule. */
  quorum: number;
  eligibleWeight: number;
  presentWeight: number;
  at: IsoTimestamp;
}): V & { result: VoteResult } {
  const { vote } = options;
  const closed = transitionVote({ vote, to: 'closed', at: options.at });
  const rules = {
    eligibleWeight: options.eligibleWeight,
    presentWeight: options.presentWeight,
    majority: vote.majority,
    quorum: options.quorum,
  };
  if (options.alternatives?.length)
    return {
      ...closed,
      result: tallyAlternatives({ ...rules, alternatives: options.alternatives, ballots: options.ballots }),
    };
  const ballots: TallyBallot[] = options.ballots.map((b) => ({
    ...b,
    choice: assertChoiceAllowed(null, b.choice) as BallotChoice,
  }));
  return { ...closed, result: tallyVote({ ...rules, ballots }) };
}
