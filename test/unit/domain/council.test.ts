import { describe, expect, it } from 'vitest';
import {
  ASSOCIATION_ONLY_WORDS,
  ballotsByFaction,
  type CouncilBallot,
  changeFaction,
  councilQuorum,
  DomainError,
  factionOf,
  factionsOn,
  type Membership,
  organisationKind,
  portalWords,
  seatsOn,
  tallyCouncilVote,
} from '../../../src/domain/index.js';

const people = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('the quorum of a council: more than half of the seats', () => {
  it.each([
    [39, 20],
    [37, 19],
    [45, 23],
    [9, 5],
    [10, 6],
  ])('%i seats need %i members present', (seats, quorum) => {
    expect(councilQuorum(seats)).toBe(quorum);
  });

  it('refuses a council without seats', () => {
    expect(() => councilQuorum(0)).toThrow(DomainError);
    expect(() => councilQuorum(12.5)).toThrow(DomainError);
  });
});

describe('a council vote by seats', () => {
  const ballots = (forCount: number, againstCount: number, present: string[]): CouncilBallot[] =>
    present.slice(0, forCount + againstCount).map((personId, i) => ({
      personId,
      choice: i < forCount ? 'for' : 'against',
    }));

  it('adopts with more than half of the votes cast by the members present', () => {
    const present = people(30);
    const result = tallyCouncilVote({ seats: 39, present, ballots: ballots(16, 14, present) });
    expect(result).toMatchObject({ for: 16, against: 14, cast: 30, quorumMet: true, outcome: 'adopted' });
    expect(result.percentageFor).toBe(53.33);
  });

  it('rejects on a tie', () => {
    const present = people(30);
    expect(tallyCouncilVote({ seats: 39, present, ballots: ballots(15, 15, present) }).outcome).toBe(
      'rejected',
    );
  });

  it('counts the majority over the votes cast, not over the seats', () => {
    // 21 present of 39: 11 for is not a majority of the seats, but it is of the votes cast.
    const present = people(21);
    expect(tallyCouncilVote({ seats: 39, present, ballots: ballots(11, 10, present) }).outcome).toBe(
      'adopted',
    );
  });

  it('has no result without the quorum (19 of 39 present)', () => {
    const present = people(19);
    const result = tallyCouncilVote({ seats: 39, present, ballots: ballots(19, 0, present) });
    expect(result.quorumMet).toBe(false);
    expect(result.outcome).toBe('no-quorum');
  });

  it('reaches the quorum with exactly half plus one (20 of 39)', () => {
    const present = people(20);
    expect(tallyCouncilVote({ seats: 39, present, ballots: ballots(11, 9, present) }).quorumMet).toBe(true);
  });

  it('refuses a ballot of a member who is not present, and a member voting twice', () => {
    const present = people(25);
    expect(() =>
      tallyCouncilVote({ seats: 39, present, ballots: [{ personId: 'p99', choice: 'for' }] }),
    ).toThrow(DomainError);
    expect(() =>
      tallyCouncilVote({
        seats: 39,
        present,
        ballots: [
          { personId: 'p1', choice: 'for' },
          { personId: 'p1', choice: 'against' },
        ],
      }),
    ).toThrow(DomainError);
  });

  it('refuses more members present than seats', () => {
    expect(() => tallyCouncilVote({ seats: 9, present: people(10), ballots: [] })).toThrow(DomainError);
  });
});

describe('factions, seats and memberships with history', () => {
  const term = { termStart: '2022-03-30', termEnd: '2026-03-25', splitFromId: null };
  const factions = [
    { id: 'a', shortName: 'A', seats: 3, ...term },
    { id: 'b', shortName: 'B', seats: 2, ...term },
    {
      id: 'old',
      shortName: 'O',
      seats: 4,
      termStart: '2018-03-29',
      termEnd: '2022-03-29',
      splitFromId: null,
    },
  ];
  const start: Membership[] = [
    { personId: 'p1', factionId: 'a', fromDate: '2022-03-30', untilDate: null },
    { personId: 'p2', factionId: 'a', fromDate: '2022-03-30', untilDate: null },
    { personId: 'p3', factionId: 'a', fromDate: '2022-03-30', untilDate: null },
    { personId: 'p4', factionId: 'b', fromDate: '2022-03-30', untilDate: null },
    { personId: 'p5', factionId: 'b', fromDate: '2022-03-30', untilDate: null },
  ];

  it('finds the factions of the term on a date', () => {
    expect(factionsOn(factions, '2023-01-01').map((f) => f.id)).toEqual(['a', 'b']);
    expect(factionsOn(factions, '2020-01-01').map((f) => f.id)).toEqual(['old']);
  });

  it('keeps a member who leaves a faction, with the old membership as history', () => {
    const after = changeFaction(start, {
      personId: 'p3',
      on: '2024-06-01',
      toFactionId: null,
      reason: 'uit de fractie gestapt',
    });
    expect(factionOf(after, 'p3', '2024-05-31')).toBe('a');
    expect(factionOf(after, 'p3', '2024-06-01')).toBeNull();
    expect(seatsOn(after, '2024-05-31').get('a')).toBe(3);
    expect(seatsOn(after, '2024-06-01').get('a')).toBe(2);
    expect(after.find((m) => m.personId === 'p3')).toMatchObject({
      untilDate: '2024-06-01',
      endReason: 'uit de fractie gestapt',
    });
  });

  it('moves the seats with the people when a faction splits', () => {
    let after = changeFaction(start, {
      personId: 'p2',
      on: '2025-01-15',
      toFactionId: 'a2',
      reason: 'splitsing',
    });
    after = changeFaction(after, {
      personId: 'p3',
      on: '2025-01-15',
      toFactionId: 'a2',
      reason: 'splitsing',
    });
    expect(Object.fromEntries(seatsOn(after, '2025-01-15'))).toEqual({ a: 1, a2: 2, b: 2 });
    expect(Object.fromEntries(seatsOn(after, '2025-01-14'))).toEqual({ a: 3, b: 2 });
    expect(after).toHaveLength(7);
  });

  it('refuses to change the faction of someone without one, or on the day the membership starts', () => {
    expect(() =>
      changeFaction(start, { personId: 'p9', on: '2024-01-01', toFactionId: null, reason: 'x' }),
    ).toThrow(DomainError);
    expect(() =>
      changeFaction(start, { personId: 'p1', on: '2022-03-30', toFactionId: 'b', reason: 'x' }),
    ).toThrow(DomainError);
  });

  it('votes by faction with the members present, and keeps the named votes per member', () => {
    const present = ['p1', 'p2', 'p4', 'p5'];
    const ballots = ballotsByFaction({
      memberships: start,
      date: '2023-05-01',
      present,
      factionChoices: new Map([
        ['a', 'for'],
        ['b', 'against'],
      ]),
      apart: [{ personId: 'p5', choice: 'for' }],
    });
    expect(ballots).toEqual([
      { personId: 'p1', choice: 'for' },
      { personId: 'p2', choice: 'for' },
      { personId: 'p4', choice: 'against' },
      { personId: 'p5', choice: 'for' },
    ]);
    expect(tallyCouncilVote({ seats: 5, present, ballots })).toMatchObject({
      for: 3,
      against: 1,
      outcome: 'adopted',
    });
  });
});

describe('the words of an organisation kind', () => {
  it('speaks of raad, fracties, college and griffie for a council', () => {
    const words = portalWords('gemeenteraad');
    expect(words).toMatchObject({
      body: 'gemeenteraad',
      meeting: 'raadsvergadering',
      member: 'fractie',
      executive: 'college',
      secretariat: 'griffie',
      agreements: 'Toezeggingen',
    });
    for (const word of ASSOCIATION_ONLY_WORDS)
      for (const text of [words.lead, words.footer, words.members, words.meetings])
        expect(text).not.toMatch(new RegExp(`\\b${word}\\b`));
  });

  it('keeps the association words for an association, and parses a kind from the CLI', () => {
    expect(portalWords('vereniging')).toMatchObject({ meeting: 'ALV', member: 'lid', executive: 'bestuur' });
    expect(organisationKind.parse('Provinciale Staten')).toBe('provinciale-staten');
    expect(organisationKind.parse('gemeentraad')).toBeNull();
  });
});
