import { describe, expect, it } from 'vitest';
import {
  computeMemberWeight,
  computeWeights,
  EXAMPLE_INHABITANT_BANDS,
  sumWeights,
  type VotingRule,
  validateVotingRule,
} from '../../../src/domain/index.js';
import type { MemberRecord } from '../../../src/store/repositories/members.js';

type WeightMember = Pick<MemberRecord, 'id' | 'inhabitants' | 'seats' | 'status'>;
const member = (id: string, inhabitants: number | null, seats: number | null = null): WeightMember => ({
  id,
  inhabitants,
  seats,
  status: 'active',
});

const bands: VotingRule = {
  kind: 'inhabitant-bands',
  bands: [
    { upTo: 10_000, weight: 1 },
    { upTo: 50_000, weight: 3 },
    { upTo: null, weight: 8 },
  ],
};

describe('vote weight rules', () => {
  it('equal: every member one vote, whatever its size', () => {
    expect(computeMemberWeight({ member: member('a', 1_000), rule: { kind: 'equal' } })).toBe(1);
    expect(computeMemberWeight({ member: member('b', 900_000), rule: { kind: 'equal' } })).toBe(1);
  });

  it('seats: a faction weighs its seats', () => {
    expect(computeMemberWeight({ member: member('vvd', null, 9), rule: { kind: 'seats' } })).toBe(9);
    expect(() => computeMemberWeight({ member: member('x', 100), rule: { kind: 'seats' } })).toThrowError(
      expect.objectContaining({ code: 'missing_weight_basis', details: { memberId: 'x', field: 'seats' } }),
    );
  });

  it('inhabitant bands: upper bounds are inclusive, the last band is open-ended', () => {
    const weightOf = (inhabitants: number) =>
      computeMemberWeight({ member: member('m', inhabitants), rule: bands });
    expect(weightOf(0)).toBe(1);
    expect(weightOf(10_000)).toBe(1);
    expect(weightOf(10_001)).toBe(3);
    expect(weightOf(50_000)).toBe(3);
    expect(weightOf(50_001)).toBe(8);
    expect(weightOf(931_298)).toBe(8);
  });

  it('proportional: one vote per `per` inhabitants, rounded up, at least one', () => {
    const rule: VotingRule = { kind: 'proportional', per: 10_000 };
    const weightOf = (inhabitants: number) => computeMemberWeight({ member: member('m', inhabitants), rule });
    expect(weightOf(0)).toBe(1);
    expect(weightOf(960)).toBe(1);
    expect(weightOf(10_000)).toBe(1);
    expect(weightOf(10_001)).toBe(2);
    expect(weightOf(931_298)).toBe(94);
  });

  it('needs inhabitants for inhabitant-based rules', () => {
    expect(() => computeMemberWeight({ member: member('m', null), rule: bands })).toThrowError(
      expect.objectContaining({ code: 'missing_weight_basis' }),
    );
  });

  it('computeWeights skips merged and ceased members and sums to the eligible weight', () => {
    const members: WeightMember[] = [
      member('small', 5_000),
      member('mid', 30_000),
      member('big', 200_000),
      { ...member('merged', 40_000), status: 'merged' },
      { ...member('ceased', 40_000), status: 'ceased' },
    ];
    const weights = computeWeights({ members, rule: bands });
    expect(weights).toEqual([
      { memberId: 'small', weight: 1 },
      { memberId: 'mid', weight: 3 },
      { memberId: 'big', weight: 8 },
    ]);
    expect(sumWeights(weights)).toBe(12);
  });
});

describe('validateVotingRule', () => {
  it('accepts the example table, which ends open-ended with increasing bounds', () => {
    expect(() =>
      validateVotingRule({ kind: 'inhabitant-bands', bands: [...EXAMPLE_INHABITANT_BANDS] }),
    ).not.toThrow();
  });

  it.each([
    [{ kind: 'inhabitant-bands', bands: [] }, 'at least one band'],
    [{ kind: 'inhabitant-bands', bands: [{ upTo: 100, weight: 1 }] }, 'last band must be open-ended'],
    [
      {
        kind: 'inhabitant-bands',
        bands: [
          { upTo: null, weight: 1 },
          { upTo: null, weight: 2 },
        ],
      },
      'only the last',
    ],
    [
      {
        kind: 'inhabitant-bands',
        bands: [
          { upTo: 500, weight: 1 },
          { upTo: 100, weight: 2 },
          { upTo: null, weight: 3 },
        ],
      },
      'increase',
    ],
    [{ kind: 'inhabitant-bands', bands: [{ upTo: null, weight: 0 }] }, 'weight must be positive'],
    [{ kind: 'proportional', per: 0 }, 'positive number'],
  ] as [VotingRule, string][])('refuses %j', (rule, reason) => {
    expect(() => validateVotingRule(rule)).toThrowError(
      expect.objectContaining({ code: 'invalid_voting_rule', message: expect.stringContaining(reason) }),
    );
  });
});
