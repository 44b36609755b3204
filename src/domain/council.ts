import { DomainError } from './errors.js';
import type { BallotChoice, Id, VoteResult } from './types.js';
import { tallyVote } from './vote-tally.js';

/**
 * A council's members and its voting rule (ADR 009): factions hold seats per term; a person belongs to a
 * faction from a date until a date, so a member who leaves a faction, or a faction that splits, keeps the
 * earlier membership as history. The council votes by seats: every member present has one vote; adopted is
 * more than half of the votes cast by the members present; the quorum is more than half of the seats
 * (half plus one, rounded down: 20 of 39, 19 of 37).
 */
export type FactionTerm = {
  id: Id;
  shortName: string;
  termStart: string;
  termEnd: string | null;
  seats: number;
  splitFromId: Id | null;
};
export type Membership = {
  personId: Id;
  factionId: Id;
  fromDate: string;
  untilDate: string | null;
};

/** The number of members that must be present for the council to vote: more than half of the seats. */
export function councilQuorum(seats: number): number {
  if (!(Number.isInteger(seats) && seats > 0))
    throw new DomainError('invalid_vote', 'The number of seats must be a positive whole number');
  return Math.floor(seats / 2) + 1;
}

/** True when `date` lies in [from, until): the day a membership ends, the person is no longer in it. */
export function isCurrentOn(period: { fromDate: string; untilDate: string | null }, date: string): boolean {
  return period.fromDate <= date && (period.untilDate === null || date < period.untilDate);
}

/** The factions of the term that covers `date`. */
export function factionsOn<T extends FactionTerm>(factions: readonly T[], date: string): T[] {
  return factions.filter((f) => f.termStart <= date && (f.termEnd === null || date <= f.termEnd));
}

/** The faction a person belongs to on `date`, or null (independent or not in the council). */
export function factionOf(memberships: readonly Membership[], personId: Id, date: string): Id | null {
  return memberships.find((m) => m.personId === personId && isCurrentOn(m, date))?.factionId ?? null;
}

/**
 * Seats per faction on `date`: the members it has that day. After a split or a member leaving, the seats follow
 * the people (a seat belongs to the member, not the faction).
 */
export function seatsOn(memberships: readonly Membership[], date: string): Map<Id, number> {
  const seats = new Map<Id, number>();
  for (const m of memberships)
    if (isCurrentOn(m, date)) seats.set(m.factionId, (seats.get(m.factionId) ?? 0) + 1);
  return seats;
}

/**
 * Ends a membership and, when `toFactionId` is given, starts one in another faction on the same day: a member
 * leaving a faction (independent: no new faction) or joining the faction split off. Returns the new list; the
 * ended membership stays, with its end date and reason.
 */
export function changeFaction(
  memberships: readonly (Membership & { endReason?: string | null })[],
  change: { personId: Id; on: string; toFactionId: Id | null; reason: string },
): (Membership & { endReason?: string | null })[] {
  const current = memberships.find((m) => m.personId === change.personId && isCurrentOn(m, change.on));
  if (!current)
    throw new DomainError('invalid_membership', `Person ${change.personId} has no faction on ${change.on}`);
  if (current.fromDate === change.on)
    throw new DomainError('invalid_membership', 'A membership cannot end on the day it starts');
  const ended = { ...current, untilDate: change.on, endReason: change.reason };
  const next = memberships.map((m) => (m === current ? ended : m));
  if (change.toFactionId)
    next.push({
      personId: change.personId,
      factionId: change.toFactionId,
      fromDate: change.on,
      untilDate: null,
    });
  return next;
}

export type CouncilBallot = { personId: Id; choice: BallotChoice };

/** A council vote, member by member: one vote each, majority of those cast, quorum on the seats. */
export function tallyCouncilVote(options: {
  seats: number;
  /** The members present (signed the attendance list). */
  present: readonly Id[];
  ballots: readonly CouncilBallot[];
}): VoteResult {
  const quorum = councilQuorum(options.seats);
  const present = new Set(options.present);
  if (present.size > options.seats)
    throw new DomainError('invalid_vote', 'More members present than the council has seats');
  for (const ballot of options.ballots)
    if (!present.has(ballot.personId))
      throw new DomainError('invalid_vote', `Member ${ballot.personId} voted without being present`, {
        details: { memberId: ballot.personId },
      });
  const result = tallyVote({
    ballots: options.ballots.map((b) => ({ memberId: b.personId, choice: b.choice, weight: 1 })),
    eligibleWeight: options.seats,
    presentWeight: present.size,
    majority: 'simple',
    quorum: 0,
  });
  const quorumMet = present.size >= quorum;
  return { ...result, quorumMet, outcome: quorumMet ? result.outcome : 'no-quorum' };
}

/**
 * A vote by faction: each faction votes with its members present (its seats that day), and the named result is
 * kept per member. A member whose faction is not given (an independent, or a member who votes apart) votes in
 * `apart`.
 */
export function ballotsByFaction(options: {
  memberships: readonly Membership[];
  date: string;
  present: readonly Id[];
  factionChoices: ReadonlyMap<Id, BallotChoice>;
  apart?: readonly CouncilBallot[];
}): CouncilBallot[] {
  const apart = new Map((options.apart ?? []).map((b) => [b.personId, b.choice]));
  return options.present.flatMap((personId) => {
    const own = apart.get(personId);
    if (own) return [{ personId, choice: own }];
    const faction = factionOf(options.memberships, personId, options.date);
    const choice = faction ? options.factionChoices.get(faction) : undefined;
    return choice ? [{ personId, choice }] : [];
  });
}
