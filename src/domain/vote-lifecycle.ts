import { randomUUID } from 'node:crypto';
import { assertTimestamp } from './dates.js';
import { DomainError, illegalTransition } from './errors.js';
import type { Ballot, BallotChoice, Id, IsoTimestamp, Vote, VoteStatus } from './types.js';
import { isQuorumMet, tallyVote } from './vote-tally.js';

export const VOTE_STATUSES: readonly VoteStatus[] = ['created', 'open', 'closed', 'published'];

const NEXT: Readonly<Record<VoteStatus, readonly VoteStatus[]>> = {
  created: ['open'],
  open: ['closed'],
  closed: ['published'],
  published: [],
};

export function allowedNextVoteStatuses(status: VoteStatus): readonly VoteStatus[] {
  return NEXT[status];
}

export function transitionVote(options: { vote: Vote; to: VoteStatus; at: IsoTimestamp }): Vote {
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
  vote: Vote;
  existing: readonly Pick<Ballot, 'memberId'>[];
  memberId: Id;
  choice: BallotChoice;
  /** From the organisation's rule (computeMemberWeight), never from the client. */
  weight: number;
  at: IsoTimestamp;
  castBy: Id | null;
  createId?: () => Id;
};

export function castBallot(options: CastBallotOptions): Ballot {
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
  return {
    id: (options.createId ?? randomUUID)(),
    voteId: vote.id,
    memberId,
    choice: options.choice,
    weight: options.weight,
    castAt: options.at,
    castBy: options.castBy,
  };
}

/** Closes the vote and stores the tally, so the published result never changes afterwards. */
export function closeVote(options: {
  vote: Vote;
  ballots: readonly Ballot[];
  eligibleWeight: number;
  presentWeight: number;
  at: IsoTimestamp;
}): Vote {
  const { vote } = options;
  const closed = transitionVote({ vote, to: 'closed', at: options.at });
  const result = tallyVote({
    ballots: options.ballots,
    eligibleWeight: options.eligibleWeight,
    presentWeight: options.presentWeight,
    majority: vote.majority,
    quorum: vote.quorum,
  });
  return { ...closed, result };
}
