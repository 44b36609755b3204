import type { MajorityRule, VoteAlternative, VoteChoice } from '../../domain/types.js';
import { formatDutchDate } from '../../domain/vocabulary/index.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { listMembers } from '../../store/repositories/members.js';
import { getMotion } from '../../store/repositories/motions.js';
import {
  countBallots,
  createRemoteVote,
  getRemoteVote,
  type RemoteVote,
} from '../../store/repositories/remote-votes.js';
import { type BallotRecord, createVote, type VoteRecord } from '../../store/repositories/votes.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked, missing } from '../errors.js';
import type { ReadCase, UseCase } from '../types.js';
import { castVote } from '../votes/cast-vote.js';
import { votingRules } from '../votes/load-vote.js';
import { loadVoteDetail } from '../votes/load-vote-detail.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Opens a remote weighted vote (ledenraadpleging): the same ballot as at an assembly, open from `opensOn` to
 * `closesOn` (calendar days, both included), its result put to the ratifying assembly. The vote is open at once;
 * ballots outside the period are refused.
 */
export async function openRemoteVote(
  options: UseCase & {
    subject: string;
    motionId?: string | null;
    opensOn: string;
    closesOn: string;
    ratificationMeetingId?: string | null;
    majority?: MajorityRule;
    /** A ballot with alternatives (defineAlternatives); none: voor / tegen / onthouding. */
    alternatives?: VoteAlternative[] | null;
    at: string;
  },
): Promise<{ vote: VoteRecord; remote: RemoteVote }> {
  const { db, writer } = options;
  const org = writer.organisationId;
  if (!options.subject.trim())
    throw invalid('onderwerp', 'required', 'Geef het onderwerp van de raadpleging.');
  if (!ISO_DATE.test(options.opensOn))
    throw invalid('vanaf', 'invalid_date', 'Geef de eerste dag als datum.');
  if (!ISO_DATE.test(options.closesOn))
    throw invalid('tot', 'invalid_date', 'Geef de laatste dag als datum.');
  if (options.closesOn < options.opensOn)
    throw invalid('tot', 'period_reversed', 'De laatste dag ligt vóór de eerste dag van de raadpleging.');
  return inTransaction(db, async (trx) => {
    if (options.motionId && !(await getMotion(trx, org, options.motionId)))
      throw invalid('motie', 'unknown_motion', `Motie ${options.motionId} bestaat niet.`);
    if (options.ratificationMeetingId) {
      const meeting = await getMeeting(trx, org, options.ratificationMeetingId);
      if (!meeting)
        throw invalid(
          'vergadering',
          'unknown_meeting',
          `Vergadering ${options.ratificationMeetingId} bestaat niet.`,
        );
      if (meeting.date <= options.closesOn)
        throw invalid(
          'vergadering',
          'ratification_before_close',
          `De uitslag kan pas worden bekrachtigd na de raadpleging; ${meeting.title} is op ${formatDutchDate(meeting.date)}.`,
        );
    }
    const rules = await votingRules(trx, org);
    const vote = await createVote(trx, writer, {
      meetingId: null,
      motionId: options.motionId ?? null,
      alternatives: options.alternatives ?? null,
      subject: options.subject.trim(),
      status: 'open',
      majority: options.majority ?? rules.majority,
      openedAt: options.at,
    });
    const remote = await createRemoteVote(trx, writer, {
      id: vote.id,
      opensOn: options.opensOn,
      closesOn: options.closesOn,
      ratificationMeetingId: options.ratificationMeetingId ?? null,
      createdAt: options.at,
    });
    return { vote, remote };
  });
}

/** A municipality's ballot in a remote vote, only within its period; the rest is castVote's (weight, once). */
export async function castRemoteBallot(
  options: UseCase & { voteId: string; memberId: string; choice: VoteChoice; today: string },
): Promise<BallotRecord> {
  const { db, writer } = options;
  // The period is fixed when the consultation opens: checked before the cast, which joins the group commit of
  // the other ballots (castVote checks the vote open, the member, the weight and once, in its transaction).
  const remote = await getRemoteVote(db, writer.organisationId, options.voteId);
  if (!remote) throw missing('Ledenraadpleging', options.voteId);
  if (options.today < remote.opensOn)
    throw locked('not_open_yet', `De raadpleging begint op ${formatDutchDate(remote.opensOn)}.`);
  if (options.today > remote.closesOn)
    throw locked(
      'remote_vote_closed',
      `De raadpleging is gesloten sinds ${formatDutchDate(remote.closesOn)}.`,
    );
  return castVote({
    db,
    writer,
    voteId: remote.id,
    memberId: options.memberId,
    choice: options.choice,
  });
}

export type RemoteVoteView = {
  vote: VoteRecord;
  remote: RemoteVote;
  voted: number;
  members: number;
  /** "243 van 342 gemeenten hebben gestemd" */
  progress: string;
  ratificationMeeting: { id: string; title: string; date: string } | null;
};

/** A remote vote as the reader may see it (the result only once published), with the response so far. */
export async function loadRemoteVote(options: ReadCase & { voteId: string }): Promise<RemoteVoteView> {
  const remote = await getRemoteVote(options.db, options.organisationId, options.voteId);
  if (!remote) throw missing('Ledenraadpleging', options.voteId);
  const { vote } = await loadVoteDetail({ ...options, voteId: remote.id });
  const [voted, members, meeting] = await Promise.all([
    countBallots(options.db, options.organisationId, remote.id),
    listMembers(options.db, options.organisationId).then(
      (all) => all.filter((m) => m.status === 'active').length,
    ),
    remote.ratificationMeetingId
      ? getMeeting(options.db, options.organisationId, remote.ratificationMeetingId)
      : undefined,
  ]);
  return {
    vote,
    remote,
    voted,
    members,
    progress: `${voted} van ${members} gemeenten ${voted === 1 ? 'heeft' : 'hebben'} gestemd`,
    ratificationMeeting: meeting ? { id: meeting.id, title: meeting.title, date: meeting.date } : null,
  };
}
