import { describe, expect, it } from 'vitest';
import {
  allowedNextVoteStatuses,
  assertQuorum,
  castBallot,
  closeVote,
  transitionVote,
  VOTE_STATUSES,
} from '../../../src/domain/index.js';
import type { BallotRecord, VoteRecord } from '../../../src/store/repositories/votes.js';

const AT = '2025-06-18T11:00:00.000Z';
const buildVote = (overrides: Partial<VoteRecord> = {}): VoteRecord => ({
  id: 'vote-1',
  organisationId: 'org-1',
  meetingId: 'alv-2025',
  agendaItemId: null,
  motionId: 'motion-1',
  motionPartId: null,
  resolutionId: null,
  amendmentId: null,
  preAdviceId: null,
  roundId: null,
  alternatives: null,
  subject: 'Motie Enschede',
  status: 'open',
  majority: 'simple',
  byAcclamation: false,
  result: null,
  openedAt: AT,
  closedAt: null,
  publishedAt: null,
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
});

describe('vote lifecycle created → open → closed → published', () => {
  const pairs = VOTE_STATUSES.flatMap((from) => VOTE_STATUSES.map((to) => ({ from, to })));
  const legal = new Set(['created>open', 'open>closed', 'closed>published']);

  it.each(pairs)('$from → $to', ({ from, to }) => {
    const vote = buildVote({ status: from });
    if (legal.has(`${from}>${to}`)) {
      expect(transitionVote({ vote, to, at: AT }).status).toBe(to);
    } else {
      expect(() => transitionVote({ vote, to, at: AT })).toThrowError(
        expect.objectContaining({
          code: 'illegal_transition',
          current: from,
          allowed: allowedNextVoteStatuses(from),
        }),
      );
    }
  });

  it('stamps the time of each step', () => {
    const created = buildVote({ status: 'created', openedAt: null });
    const opened = transitionVote({ vote: created, to: 'open', at: '2025-06-18T10:00:00.000Z' });
    const published = transitionVote({ vote: { ...opened, status: 'closed' }, to: 'published', at: AT });
    expect(opened.openedAt).toBe('2025-06-18T10:00:00.000Z');
    expect(published.publishedAt).toBe(AT);
  });
});

describe('ballots', () => {
  it('accepts one ballot per member while open', () => {
    const vote = buildVote();
    const ballot = castBallot({
      vote,
      existing: [],
      memberId: 'gm0363',
      choice: 'for',
      weight: 10,
      at: AT,
    });
    expect(ballot).toEqual({ voteId: 'vote-1', memberId: 'gm0363', choice: 'for', weight: 10, castAt: AT });
    expect(() =>
      castBallot({
        vote,
        existing: [ballot],
        memberId: 'gm0363',
        choice: 'against',
        weight: 10,
        at: AT,
      }),
    ).toThrowError(expect.objectContaining({ code: 'duplicate_ballot' }));
  });

  it('refuses ballots when the vote is not open', () => {
    for (const status of ['created', 'closed', 'published'] as const) {
      expect(() =>
        castBallot({
          vote: buildVote({ status }),
          existing: [],
          memberId: 'm',
          choice: 'for',
          weight: 1,
          at: AT,
        }),
      ).toThrowError(expect.objectContaining({ code: 'vote_not_open', current: status }));
    }
  });

  it('closing stores the tally with the vote’s own majority rule and the organisation’s quorum', () => {
    const vote = buildVote({ majority: 'two-thirds' });
    const ballot = (memberId: string, choice: BallotRecord['choice'], weight: number): BallotRecord => ({
      id: `b-${memberId}`,
      organisationId: 'org-1',
      voteId: vote.id,
      memberId,
      choice,
      weight,
      castAt: AT,
    });
    const ballots = [ballot('a', 'for', 60), ballot('b', 'against', 40)];
    const closed = closeVote({ vote, ballots, quorum: 0.5, eligibleWeight: 150, presentWeight: 100, at: AT });
    expect(closed).toMatchObject({ id: 'vote-1', status: 'closed', closedAt: AT });
    expect(closed.result).toMatchObject({ percentageFor: 60, outcome: 'rejected', quorumMet: true });
  });

  it('assertQuorum refuses to proceed below the quorum', () => {
    expect(() => assertQuorum({ eligibleWeight: 100, presentWeight: 49, quorum: 0.5 })).toThrowError(
      expect.objectContaining({ code: 'quorum_not_met' }),
    );
    expect(() => assertQuorum({ eligibleWeight: 100, presentWeight: 50, quorum: 0.5 })).not.toThrow();
  });
});
