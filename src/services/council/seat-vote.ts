import {
  ballotsByFaction,
  type CouncilBallot,
  councilQuorum,
  factionOf,
  isCurrentOn,
  tallyCouncilVote,
} from '../../domain/council.js';
import type { BallotChoice } from '../../domain/types.js';
import { ballotChoice } from '../../domain/vocabulary/index.js';
import type { Executor } from '../../store/database.js';
import { listCouncilPeople, listMemberships } from '../../store/repositories/council.js';
import {
  listCouncilPresent,
  putCouncilBallots,
  setCouncilPresent,
} from '../../store/repositories/council-votes.js';
import { getMeeting, type MeetingRecord } from '../../store/repositories/meetings.js';
import { setVoteStatus, type VoteRecord } from '../../store/repositories/votes.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked, missing } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadVote } from '../votes/load-vote.js';
import { openVote } from '../votes/move-vote.js';
import { prepareVote } from '../votes/prepare-vote.js';

/**
 * A council's vote by seats (ADR 009, 017), on the domain's rules in src/domain/council.ts: the members present
 * sign the attendance list; every member present votes by name, or the chair records a faction's vote as a
 * block for its members present (members voting apart by name); adopted by more than half of the votes cast;
 * the quorum is more than half of the seats.
 */
export type CouncilRoll = {
  meeting: MeetingRecord;
  /** The seats on the meeting's date: the council's members that day. */
  seats: number;
  quorum: number;
  members: { id: string; name: string; factionId: string | null }[];
  memberships: Awaited<ReturnType<typeof listMemberships>>;
  present: string[];
};

/** The council on the meeting's date: its members with their faction, and who is present. */
export async function councilRoll(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<CouncilRoll> {
  const meeting = await getMeeting(db, organisationId, meetingId);
  if (!meeting) throw missing('Vergadering', meetingId);
  const [people, memberships, present] = await Promise.all([
    listCouncilPeople(db, organisationId),
    listMemberships(db, organisationId),
    listCouncilPresent(db, organisationId, meetingId),
  ]);
  const members = people
    .filter((p) => p.role === 'member' && isCurrentOn(p, meeting.date))
    .map((p) => ({ id: p.id, name: p.name, factionId: factionOf(memberships, p.id, meeting.date) }));
  const seats = members.length;
  return { meeting, seats, quorum: seats > 0 ? councilQuorum(seats) : 0, members, memberships, present };
}

/** Records who of the council is present (the attendance list); only the meeting's members can sign it. */
export async function recordCouncilAttendance(
  options: UseCase & { meetingId: string; personIds: readonly string[] },
): Promise<string[]> {
  const org = options.writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const roll = await councilRoll(trx, org, options.meetingId);
    const known = new Set(roll.members.map((m) => m.id));
    const stranger = options.personIds.find((id) => !known.has(id));
    if (stranger)
      throw invalid('aanwezig', 'unknown_member', `${stranger} is op ${roll.meeting.date} geen raadslid.`);
    return setCouncilPresent(trx, options.writer, options.meetingId, options.personIds);
  });
}

/** Opens a vote by seats on a motion of the meeting; refused without the quorum present. */
export async function openSeatVote(
  options: UseCase & { meetingId: string; motionId: string; subject: string },
): Promise<VoteRecord> {
  const org = options.writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const roll = await councilRoll(trx, org, options.meetingId);
    if (roll.seats === 0)
      throw invalid('vergadering', 'no_council', 'Deze organisatie heeft geen raadsleden.');
    if (roll.present.length < roll.quorum)
      throw locked(
        'no_quorum',
        `Er zijn ${roll.present.length} van de ${roll.seats} raadsleden aanwezig; voor het quorum zijn er ${roll.quorum} nodig.`,
      );
    const vote = await prepareVote({
      db: trx,
      writer: options.writer,
      meetingId: options.meetingId,
      motionId: options.motionId,
      subject: options.subject,
      majority: 'simple',
    });
    return openVote({ db: trx, writer: options.writer, voteId: vote.id });
  });
}

async function openCouncilVote(trx: Executor, org: string, voteId: string) {
  const vote = await loadVote(trx, org, voteId);
  if (vote.status !== 'open') throw locked('vote_not_open', 'De stemming is niet geopend.');
  if (!vote.meetingId) throw invalid('stemming', 'no_meeting', 'De stemming hoort niet bij een vergadering.');
  return { vote, roll: await councilRoll(trx, org, vote.meetingId) };
}

const checkChoice = (choice: string): BallotChoice => {
  if (!ballotChoice.is(choice)) throw invalid('stem', 'invalid_choice', `Onbekende stem: ${choice}.`);
  return choice;
};

/** Members vote by name (each present member one vote; a second ballot replaces the first while open). */
export async function castSeatBallots(
  options: UseCase & { voteId: string; ballots: readonly { personId: string; choice: string }[] },
): Promise<void> {
  const org = options.writer.organisationId;
  await inTransaction(options.db, async (trx) => {
    const { roll } = await openCouncilVote(trx, org, options.voteId);
    const present = new Set(roll.present);
    const ballots = options.ballots.map((b) => {
      if (!present.has(b.personId))
        throw invalid('stemmen', 'not_present', 'Alleen aanwezige raadsleden kunnen stemmen.');
      const member = roll.members.find((m) => m.id === b.personId)!;
      return {
        personId: b.personId,
        factionId: member.factionId,
        choice: checkChoice(b.choice),
        byFaction: false,
      };
    });
    await putCouncilBallots(trx, options.writer, options.voteId, ballots);
  });
}

/**
 * The chair records the vote per faction: each faction votes with its members present (its seats that day);
 * members voting apart are recorded by name. Every present member gets a named ballot.
 */
export async function recordFactionVote(
  options: UseCase & {
    voteId: string;
    factionChoices: Readonly<Record<string, string>>;
    apart?: readonly { personId: string; choice: string }[];
  },
): Promise<void> {
  const org = options.writer.organisationId;
  await inTransaction(options.db, async (trx) => {
    const { vote, roll } = await openCouncilVote(trx, org, options.voteId);
    const date = roll.meeting.date;
    const factionIds = new Set(roll.members.map((m) => m.factionId).filter((f) => f !== null));
    const choices = new Map<string, BallotChoice>();
    for (const [factionId, choice] of Object.entries(options.factionChoices)) {
      if (!factionIds.has(factionId))
        throw invalid('fracties', 'unknown_faction', `Fractie ${factionId} zit niet in de raad van ${date}.`);
      if (choice) choices.set(factionId, checkChoice(choice));
    }
    const present = new Set(roll.present);
    const apart: CouncilBallot[] = (options.apart ?? []).map((b) => {
      if (!present.has(b.personId))
        throw invalid('afwijkend', 'not_present', 'Alleen aanwezige raadsleden kunnen stemmen.');
      return { personId: b.personId, choice: checkChoice(b.choice) };
    });
    const apartIds = new Set(apart.map((b) => b.personId));
    const ballots = ballotsByFaction({
      memberships: roll.memberships,
      date,
      present: roll.present,
      factionChoices: choices,
      apart,
    });
    await putCouncilBallots(
      trx,
      options.writer,
      vote.id,
      ballots.map((b) => ({
        personId: b.personId,
        factionId: factionOf(roll.memberships, b.personId, date),
        choice: b.choice,
        byFaction: !apartIds.has(b.personId),
      })),
    );
  });
}

/** Closes a vote by seats: the domain tallies the named ballots on the members present and the seats. */
export async function closeSeatVote(options: UseCase & { voteId: string }): Promise<VoteRecord> {
  const org = options.writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const { vote, roll } = await openCouncilVote(trx, org, options.voteId);
    const ballots = await trx
      .selectFrom('council_ballots')
      .select(['person_id', 'choice'])
      .where('organisation_id', '=', org)
      .where('vote_id', '=', vote.id)
      .execute();
    const result = tallyCouncilVote({
      seats: roll.seats,
      present: roll.present,
      ballots: ballots.map((b) => ({ personId: b.person_id, choice: b.choice })),
    });
    return setVoteStatus(trx, options.writer, { voteId: vote.id, from: 'open', to: 'closed', result });
  });
}
