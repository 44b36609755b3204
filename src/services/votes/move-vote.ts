import { assertQuorum, closeVote as tally, transitionVote } from '../../domain/index.js';
import { nowIso } from '../../store/clock.js';
import type { Executor } from '../../store/database.js';
import { listBallots, listVotes, setVoteStatus, type VoteRecord } from '../../store/repositories/votes.js';
import { inTransaction } from '../../store/transaction.js';
import { attendanceWeights } from '../assembly/attendance.js';
import { locked } from '../errors.js';
import { requireHeldMeeting, type Today } from '../meetings/held-meeting.js';
import type { UseCase } from '../types.js';
import { applyVoteOutcome } from './apply-vote-outcome.js';
import { eligibleWeight, loadVote, votingRules } from './load-vote.js';

/**
 * A vote of a meeting is held at that meeting: it is opened (or its result counted by hand) from the meeting's
 * day on, never before, since publishing its result records the decision dated by the meeting (meeting_not_held).
 */
export async function requireMeetingDay(
  db: Executor,
  organisationId: string,
  vote: VoteRecord,
  options: Today,
): Promise<void> {
  if (vote.meetingId)
    await requireHeldMeeting(db, organisationId, vote.meetingId, { ...options, what: 'opening a vote' });
}

/**
 * aangemaakt → geopend: ballots are accepted from now on. A meeting has one vote open at a time: the ballot page
 * and the hall's screen show that one, so a second would take ballots nobody can cast from the page.
 */
export async function openVote(options: UseCase & Today & { voteId: string }): Promise<VoteRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const vote = await loadVote(trx, writer.organisationId, options.voteId);
    const at = nowIso();
    transitionVote({ vote, to: 'open', at });
    await requireMeetingDay(trx, writer.organisationId, vote, options);
    if (vote.meetingId) {
      const { items: open } = await listVotes(
        trx,
        writer.organisationId,
        { meetingId: vote.meetingId, status: ['open'] },
        { limit: 1, offset: 0 },
      );
      if (open.length)
        throw locked(
          'vote_already_open',
          `Er is al een stemming geopend in deze vergadering: ${open[0].subject}. Sluit die eerst.`,
        );
      const rules = await votingRules(trx, writer.organisationId);
      // With an attendance register the quorum is checked on the weight present (and the weights are frozen).
      const weights = await attendanceWeights({ db: trx, writer, meetingId: vote.meetingId });
      if (weights.register) assertQuorum({ ...weights, quorum: rules.quorum });
    }
    return setVoteStatus(trx, writer, { voteId: vote.id, from: vote.status, to: 'open', at });
  });
}

/** geopend → gesloten: the ballots are tallied by the domain's rule and the result is stored for good. */
export async function closeVote(options: UseCase & { voteId: string }): Promise<VoteRecord> {
  const { writer } = options;
  const org = writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const vote = await loadVote(trx, org, options.voteId);
    const rules = await votingRules(trx, org);
    const ballots = await listBallots(trx, org, vote.id);
    const weights = vote.meetingId
      ? await attendanceWeights({ db: trx, writer, meetingId: vote.meetingId })
      : null;
    const eligible = weights?.eligibleWeight ?? (await eligibleWeight(trx, org, rules.rule));
    // Present: the cards in the room, plus any that voted and left before the close.
    const voted = ballots.reduce((sum, b) => sum + b.weight, 0);
    const present = Math.min(eligible, Math.max(weights?.presentWeight ?? eligible, voted));
    const at = nowIso();
    const closed = tally({
      vote,
      ballots,
      alternatives: vote.alternatives,
      quorum: rules.quorum,
      eligibleWeight: eligible,
      presentWeight: present,
      at,
    });
    return setVoteStatus(trx, writer, {
      voteId: vote.id,
      from: vote.status,
      to: 'closed',
      at,
      result: closed.result,
    });
  });
}

/** gesloten → gepubliceerd: the result becomes public and is recorded on the motion, part or resolution. */
export async function publishVote(options: UseCase & { voteId: string }): Promise<VoteRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const vote = await loadVote(trx, writer.organisationId, options.voteId);
    const at = nowIso();
    transitionVote({ vote, to: 'published', at });
    const published = await setVoteStatus(trx, writer, {
      voteId: vote.id,
      from: vote.status,
      to: 'published',
      at,
    });
    await applyVoteOutcome({ db: trx, writer, vote: published });
    return published;
  });
}
