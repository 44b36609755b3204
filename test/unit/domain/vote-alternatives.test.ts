import { describe, expect, it } from 'vitest';
import {
  assertChoiceAllowed,
  choiceFromApi,
  choiceLabel,
  defineAlternatives,
  formatVoteResult,
  resultFacts,
  tallyAlternatives,
  type VoteChoice,
} from '../../../src/domain/index.js';

// The association's real case: bestuursvoorstel / geamendeerd voorstel / tegen / onthouding.
const alternatives = defineAlternatives(['Bestuursvoorstel', 'Geamendeerd voorstel'], { against: true });
const rules = { eligibleWeight: 100, presentWeight: 100, majority: 'simple' as const, quorum: 0.5 };
const ballots = (...list: [VoteChoice, number][]) =>
  list.map(([choice, weight], i) => ({ memberId: `m${i}`, choice, weight }));

describe('ballots with alternatives', () => {
  it('keys the proposals a1, a2 and adds tegen and onthouding', () => {
    expect(alternatives).toEqual([
      { key: 'a1', label: 'Bestuursvoorstel' },
      { key: 'a2', label: 'Geamendeerd voorstel' },
      { key: 'against', label: 'tegen' },
      { key: 'abstain', label: 'onthouding' },
    ]);
    expect(defineAlternatives(['A', 'B'], { against: false }).map((a) => a.key)).toEqual([
      'a1',
      'a2',
      'abstain',
    ]);
  });

  it('refuses fewer than two alternatives, duplicates and more than nine proposals', () => {
    expect(() => defineAlternatives(['Alleen dit'], { against: false })).toThrow(/at least two/);
    expect(() => defineAlternatives(['Voorstel', ' voorstel '], { against: true })).toThrow(/twice/);
    expect(() => defineAlternatives(['Voorstel', 'Tegen'], { against: true })).toThrow(/twice/);
    expect(() =>
      defineAlternatives(
        Array.from({ length: 10 }, (_, i) => `V${i}`),
        { against: true },
      ),
    ).toThrow(/At most 9/);
  });

  it('gives the share per alternative, abstentions apart, and the winner by simple majority', () => {
    const result = tallyAlternatives({
      ...rules,
      alternatives,
      ballots: ballots(['a1', 20], ['a2', 45], ['a2', 10], ['against', 5], ['abstain', 15]),
    });
    expect(result.cast).toBe(80);
    expect(result.alternatives?.winner).toBe('a2');
    expect(result.alternatives?.tallies.map((t) => [t.key, t.weight, t.members, t.percentage])).toEqual([
      ['a1', 20, 1, 25],
      ['a2', 55, 2, 68.75],
      ['against', 5, 1, 6.25],
      ['abstain', 15, 1, null],
    ]);
    expect(result).toMatchObject({
      outcome: 'adopted',
      percentageFor: 68.75,
      for: 75,
      against: 5,
      abstain: 15,
    });
    expect(formatVoteResult(resultFacts(result))).toBe('aangenomen: Geamendeerd voorstel met 68,75%');
  });

  it('reports geen meerderheid when no alternative has more than half of the votes cast', () => {
    const result = tallyAlternatives({
      ...rules,
      alternatives,
      ballots: ballots(['a1', 40], ['a2', 40], ['against', 20]),
    });
    expect(result.alternatives?.winner).toBeNull();
    expect(result.outcome).toBe('no-majority');
    expect(formatVoteResult(resultFacts(result))).toBe('geen meerderheid');
  });

  it('a tie at exactly half is no majority; two-thirds needs at least 2/3 of cast', () => {
    expect(
      tallyAlternatives({ ...rules, alternatives, ballots: ballots(['a1', 50], ['a2', 50]) }).outcome,
    ).toBe('no-majority');
    const twoThirds = { ...rules, majority: 'two-thirds' as const, alternatives };
    expect(tallyAlternatives({ ...twoThirds, ballots: ballots(['a1', 60], ['a2', 31]) }).outcome).toBe(
      'no-majority',
    );
    expect(
      tallyAlternatives({ ...twoThirds, ballots: ballots(['a1', 60], ['a2', 30]) }).alternatives?.winner,
    ).toBe('a1');
  });

  it('tegen with the majority rejects; below the quorum nothing is decided', () => {
    const rejected = tallyAlternatives({
      ...rules,
      alternatives,
      ballots: ballots(['a1', 10], ['against', 60]),
    });
    expect(rejected).toMatchObject({ outcome: 'rejected', percentageFor: null });
    expect(rejected.alternatives?.winner).toBe('against');
    const thin = tallyAlternatives({
      ...rules,
      presentWeight: 40,
      alternatives,
      ballots: ballots(['a1', 30]),
    });
    expect(thin.outcome).toBe('no-quorum');
  });

  it('refuses a choice that is not on the ballot, a double ballot and more weight than present', () => {
    expect(() => tallyAlternatives({ ...rules, alternatives, ballots: ballots(['a3', 1]) })).toThrow(
      /not on this ballot/,
    );
    expect(() =>
      tallyAlternatives({
        ...rules,
        alternatives,
        ballots: [
          { memberId: 'x', choice: 'a1', weight: 1 },
          { memberId: 'x', choice: 'a2', weight: 1 },
        ],
      }),
    ).toThrow(/more than once/);
    expect(() => tallyAlternatives({ ...rules, alternatives, ballots: ballots(['a1', 101]) })).toThrow(
      /present/,
    );
    expect(() => assertChoiceAllowed(alternatives, 'for')).toThrow(/not on this ballot/);
    expect(assertChoiceAllowed(null, 'for')).toBe('for');
    expect(() => assertChoiceAllowed(null, 'a1')).toThrow(/not on this ballot/);
  });

  it('reads choices in words and from the API', () => {
    expect(choiceLabel('a2', alternatives)).toBe('Geamendeerd voorstel');
    expect(choiceLabel('for')).toBe('voor');
    expect(choiceFromApi('a2')).toBe('a2');
    expect(choiceFromApi('onthouding')).toBe('abstain');
    expect(choiceFromApi('a0')).toBeNull();
    expect(choiceFromApi('misschien')).toBeNull();
  });
});
