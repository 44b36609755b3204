import { describe, expect, it } from 'vitest';
import {
  adoptedByAcclamation,
  formatPercentage,
  formatVoteResult,
  parseDutchPercentage,
  resultFacts,
  type TallyBallot,
  tallyParts,
  tallyVote,
} from '../../../src/domain/index.js';

const rules = { eligibleWeight: 1000, presentWeight: 800, majority: 'simple' as const, quorum: 0.5 };

function ballots(forWeight: number, againstWeight: number, abstainWeight = 0): TallyBallot[] {
  const list: TallyBallot[] = [];
  if (forWeight) list.push({ memberId: 'for', choice: 'for', weight: forWeight });
  if (againstWeight) list.push({ memberId: 'against', choice: 'against', weight: againstWeight });
  if (abstainWeight) list.push({ memberId: 'abstain', choice: 'abstain', weight: abstainWeight });
  return list;
}

describe('tallyVote: percentage of weighted votes cast', () => {
  it('excludes abstentions from the percentage and reports them apart', () => {
    const result = tallyVote({
      ...rules,
      ballots: [
        { memberId: 'gm0363', choice: 'for', weight: 40 },
        { memberId: 'gm0599', choice: 'for', weight: 30 },
        { memberId: 'gm0344', choice: 'against', weight: 30 },
        { memberId: 'gm0518', choice: 'abstain', weight: 100 },
        { memberId: 'gm0014', choice: 'abstain', weight: 5 },
      ],
    });
    expect(result).toMatchObject({
      for: 70,
      against: 30,
      abstain: 105,
      cast: 100,
      percentageFor: 70,
      abstentionsReported: { members: 2, weight: 105 },
      members: { for: 2, against: 1, abstain: 2 },
      quorumMet: true,
      outcome: 'adopted',
    });
  });

  it('rounds the percentage to two decimals', () => {
    expect(tallyVote({ ...rules, ballots: ballots(569, 10) }).percentageFor).toBe(98.27);
    expect(tallyVote({ ...rules, ballots: ballots(2, 1) }).percentageFor).toBe(66.67);
    expect(tallyVote({ ...rules, ballots: ballots(1, 2) }).percentageFor).toBe(33.33);
  });

  it('nothing cast (only abstentions) is rejected with no percentage', () => {
    const result = tallyVote({ ...rules, ballots: ballots(0, 0, 300) });
    expect(result).toMatchObject({ cast: 0, percentageFor: null, outcome: 'rejected' });
  });
});

describe('majority edges', () => {
  it('simple: exactly 50% is a tie and rejected; just above is adopted', () => {
    expect(tallyVote({ ...rules, ballots: ballots(300, 300) })).toMatchObject({
      percentageFor: 50,
      outcome: 'rejected',
    });
    expect(tallyVote({ ...rules, ballots: ballots(301, 300) }).outcome).toBe('adopted');
    // Abstentions never turn a tie into a majority.
    expect(tallyVote({ ...rules, ballots: ballots(200, 200, 300) }).outcome).toBe('rejected');
  });

  it('two-thirds: exactly 2/3 is adopted; just below is rejected although it displays as 66,6x%', () => {
    const twoThirds = { ...rules, majority: 'two-thirds' as const };
    expect(tallyVote({ ...twoThirds, ballots: ballots(400, 200) })).toMatchObject({
      percentageFor: 66.67,
      outcome: 'adopted',
    });
    expect(tallyVote({ ...twoThirds, ballots: ballots(399, 200) }).outcome).toBe('rejected');
    expect(
      tallyVote({ ...twoThirds, ballots: ballots(1999, 1000), eligibleWeight: 4000, presentWeight: 3000 }),
    ).toMatchObject({
      percentageFor: 66.66,
      outcome: 'rejected',
    });
    // A simple majority is not enough under the two-thirds rule.
    expect(tallyVote({ ...twoThirds, presentWeight: 1000, ballots: ballots(600, 400) }).outcome).toBe(
      'rejected',
    );
  });
});

describe('quorum on present weight', () => {
  it('is met at exactly the quorum fraction and not below it', () => {
    expect(tallyVote({ ...rules, presentWeight: 500, ballots: ballots(300, 100) })).toMatchObject({
      quorumMet: true,
      outcome: 'adopted',
    });
    expect(tallyVote({ ...rules, presentWeight: 499, ballots: ballots(300, 100) })).toMatchObject({
      quorumMet: false,
      outcome: 'no-quorum',
      percentageFor: 75,
    });
  });

  it('refuses impossible input', () => {
    expect(() => tallyVote({ ...rules, presentWeight: 100, ballots: ballots(300, 100) })).toThrowError(
      expect.objectContaining({ code: 'invalid_vote' }),
    );
    expect(() => tallyVote({ ...rules, presentWeight: 1001, ballots: [] })).toThrowError(
      expect.objectContaining({ code: 'invalid_vote' }),
    );
    expect(() => tallyVote({ ...rules, quorum: 1.5, ballots: [] })).toThrowError(
      expect.objectContaining({ code: 'invalid_vote' }),
    );
    const twice: TallyBallot[] = [
      { memberId: 'gm0363', choice: 'for', weight: 10 },
      { memberId: 'gm0363', choice: 'against', weight: 10 },
    ];
    expect(() => tallyVote({ ...rules, ballots: twice })).toThrowError(
      expect.objectContaining({ code: 'duplicate_ballot' }),
    );
  });
});

describe('acclamation', () => {
  it('is adopted without counting and without a percentage', () => {
    const result = adoptedByAcclamation({ eligibleWeight: 1000, presentWeight: 700, quorum: 0.5 });
    expect(result).toMatchObject({ byAcclamation: true, outcome: 'adopted', percentageFor: null, cast: 0 });
    expect(formatVoteResult(resultFacts(result))).toBe('akkoord bij acclamatie');
  });

  it('still needs a quorum when one is set', () => {
    expect(adoptedByAcclamation({ eligibleWeight: 1000, presentWeight: 100, quorum: 0.5 }).outcome).toBe(
      'no-quorum',
    );
  });
});

describe('per-part results', () => {
  it('tallies each part with the same attendance and rule', () => {
    const results = tallyParts({
      ...rules,
      parts: [
        { partId: 'p1', ballots: ballots(500, 100, 50) },
        { partId: 'p2', ballots: ballots(200, 400) },
      ],
    });
    expect(results.map(({ partId, result }) => [partId, result.outcome, result.percentageFor])).toEqual([
      ['p1', 'adopted', 83.33],
      ['p2', 'rejected', 33.33],
    ]);
  });
});

describe('Dutch percentages', () => {
  it('formats with a decimal comma', () => {
    expect(formatPercentage(98.29)).toBe('98,29%');
    expect(formatPercentage(50)).toBe('50,00%');
    expect(formatPercentage(100, 0)).toBe('100%');
  });

  it('parses what the archive prints, and refuses the rest', () => {
    expect(parseDutchPercentage('98,29%')).toBe(98.29);
    expect(parseDutchPercentage(' 66,7 %')).toBe(66.7);
    expect(parseDutchPercentage('75.5')).toBe(75.5);
    expect(parseDutchPercentage('100%')).toBe(100);
    expect(parseDutchPercentage('101%')).toBeNull();
    expect(parseDutchPercentage('ongeveer de helft')).toBeNull();
    expect(parseDutchPercentage(formatPercentage(12.34))).toBe(12.34);
  });

  it('words a published result', () => {
    expect(
      formatVoteResult(
        resultFacts(
          tallyVote({ ...rules, ballots: ballots(9829, 171), eligibleWeight: 20000, presentWeight: 15000 }),
        ),
      ),
    ).toBe('aangenomen met 98,29%');
    expect(formatVoteResult(resultFacts(tallyVote({ ...rules, ballots: ballots(45, 55) })))).toBe(
      'verworpen met 45,00%',
    );
  });
});
