import { isQuorumMet, resultFacts, type VoteAlternative, type VoteResult } from '../../domain/index.js';
import { formatVoteResult } from '../../domain/vocabulary/index.js';
import type { Executor } from '../../store/database.js';
import { hasAttendanceRegister, presentWeight } from '../../store/repositories/attendance.js';
import { countBallotsByVote, weightByChoice } from '../../store/repositories/ballot-changes.js';
import { getMeeting, type MeetingRecord } from '../../store/repositories/meetings.js';
import { listVotes } from '../../store/repositories/votes.js';
import { missing } from '../errors.js';
import { votingRules } from '../votes/load-vote.js';
import { meetingWeights } from './meeting-weights.js';

export type AssemblyVote = {
  id: string;
  subject: string;
  status: string;
  motionId: string | null;
  resolutionId: string | null;
  /** The ballot's alternatives; null: voor / tegen / onthouding. */
  alternatives: VoteAlternative[] | null;
  /** Members that voted and their weight (no names while open). */
  votedMembers: number;
  votedWeight: number;
  result: VoteResult | null;
  /** "aangenomen met 52,00%" once closed. */
  resultText: string | null;
  /** The weight per choice while open, only when the meeting shows the tally while open. */
  tally: Record<string, number> | null;
};

export type AssemblyState = {
  meeting: MeetingRecord;
  eligibleWeight: number;
  eligibleMembers: number;
  presentMembers: number;
  presentWeight: number;
  /** The organisation's quorum (fraction of the eligible weight) and whether the present weight meets it. */
  quorum: number;
  quorumMet: boolean;
  /** Whether anyone was checked in: without a register everyone counts as present. */
  register: boolean;
  votes: AssemblyVote[];
  /** The vote open now, if any (the most recently opened). */
  open: AssemblyVote | null;
  /** The meeting's setting: the screen shows the tally while a vote is open. */
  liveTally: boolean;
};

/** What the console, the ballots and the public screen show of a meeting, read in one go. */
export async function assemblyState(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<AssemblyState> {
  const meeting = await getMeeting(db, organisationId, meetingId);
  if (!meeting) throw missing('Vergadering', meetingId);
  const weights = await meetingWeights(db, organisationId, meetingId);
  const present = await presentWeight(db, organisationId, meetingId);
  const register = present.members > 0 || (await hasAttendanceRegister(db, organisationId, meetingId));
  const votes = (await listVotes(db, organisationId, { meetingId }, { limit: 200, offset: 0 }, 'created'))
    .items;
  const out: AssemblyVote[] = [];
  const counts = await countBallotsByVote(
    db,
    organisationId,
    votes.map((v) => v.id),
  );
  for (const vote of votes) {
    const counted = counts.get(vote.id) ?? { members: 0, weight: 0 };
    const result = (vote.result ?? null) as VoteResult | null;
    out.push({
      id: vote.id,
      subject: vote.subject,
      status: vote.status,
      motionId: vote.motionId,
      resolutionId: vote.resolutionId,
      alternatives: vote.alternatives,
      votedMembers: counted.members,
      votedWeight: counted.weight,
      result,
      resultText: result ? formatVoteResult(resultFacts(result)) : null,
      tally:
        meeting.liveTally && vote.status === 'open'
          ? await weightByChoice(db, organisationId, vote.id)
          : null,
    });
  }
  const eligibleMembers = Object.keys(weights.weights).length;
  const { quorum } = await votingRules(db, organisationId);
  const presentNow = register ? present.weight : weights.eligibleWeight;
  return {
    quorum,
    quorumMet: isQuorumMet({ eligibleWeight: weights.eligibleWeight, presentWeight: presentNow, quorum }),
    meeting,
    eligibleWeight: weights.eligibleWeight,
    eligibleMembers,
    presentMembers: register ? present.members : eligibleMembers,
    presentWeight: presentNow,
    register,
    votes: out,
    open: [...out].reverse().find((v) => v.status === 'open') ?? null,
    liveTally: Boolean(meeting.liveTally),
  };
}
