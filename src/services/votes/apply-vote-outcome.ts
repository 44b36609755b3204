import { getMeeting } from '../../store/repositories/meetings.js';
import { getPreAdvice, updateAmendment } from '../../store/repositories/motion-extras.js';
import type { VoteRecord } from '../../store/repositories/votes.js';
import { recordAssemblyDecision } from '../accountability/record-assembly-decision.js';
import { recordRoundVote } from '../accountability/record-round-vote.js';
import { postponeMotion } from '../motions/postpone-motion.js';
import { recordPartVoteResult } from '../motions/record-part-vote-result.js';
import { recordVoteResult } from '../motions/record-vote-result.js';
import { recordResolutionVote } from '../resolutions/record-resolution-vote.js';
import type { UseCase } from '../types.js';

/**
 * A published result moves what was voted on; without quorum, or when no alternative had the majority
 * ("geen meerderheid"), nothing was decided.
 */
export async function applyVoteOutcome(options: UseCase & { vote: VoteRecord }): Promise<void> {
  const { vote, db, writer } = options;
  const { result } = vote;
  if (!result || result.outcome === 'no-quorum' || result.outcome === 'no-majority') return;
  const outcome = result.outcome === 'adopted' ? 'adopted' : 'rejected';
  // The vote was held at its meeting: decisions are dated by the meeting, not by the clock.
  const meeting = vote.meetingId ? await getMeeting(db, writer.organisationId, vote.meetingId) : undefined;
  const common = {
    db,
    writer,
    outcome,
    percentage: result.byAcclamation ? null : result.percentageFor,
    byAcclamation: result.byAcclamation,
    meetingId: vote.meetingId,
    voteId: vote.id,
    today: meeting?.date,
  } as const;
  if (vote.amendmentId) await updateAmendment(db, writer, vote.amendmentId, { status: outcome });
  else if (vote.preAdviceId) await followPreAdvice({ ...common, preAdviceId: vote.preAdviceId });
  else if (vote.roundId) {
    await recordRoundVote({ ...common, roundId: vote.roundId, vote: common });
    // Adopted as a whole: every entry as the board proposed (conditional ones still need their own decision).
    if (outcome === 'adopted')
      await recordAssemblyDecision({ ...common, roundId: vote.roundId, followProposals: true });
  } else if (vote.motionId && vote.motionPartId)
    await recordPartVoteResult({ ...common, motionId: vote.motionId, partId: vote.motionPartId });
  else if (vote.motionId) await recordVoteResult({ ...common, motionId: vote.motionId });
  else if (vote.resolutionId)
    await recordResolutionVote({
      db,
      writer,
      resolutionId: vote.resolutionId,
      outcome,
      percentage: common.percentage,
      byAcclamation: common.byAcclamation,
    });
}

/**
 * The assembly follows the board's pre-advice (adopted): overnemen adopts the motion (with the share in favour of
 * the advice), ontraden rejects it, aanhouden postpones it. Rejected: the motion stays submitted, to be voted on.
 */
async function followPreAdvice(
  options: UseCase & {
    outcome: 'adopted' | 'rejected';
    preAdviceId: string;
    percentage: number | null;
    byAcclamation: boolean;
    meetingId: string | null;
    voteId: string;
    today: string | undefined;
  },
): Promise<void> {
  if (options.outcome !== 'adopted') return;
  const advice = await getPreAdvice(options.db, options.writer.organisationId, options.preAdviceId);
  if (!advice) return;
  const { db, writer, meetingId, voteId, today } = options;
  const motionId = advice.motionId;
  if (advice.advice === 'adopt')
    await recordVoteResult({
      db,
      writer,
      motionId,
      meetingId,
      voteId,
      today,
      outcome: 'adopted',
      percentage: options.percentage,
      byAcclamation: options.byAcclamation,
    });
  else if (advice.advice === 'advise-against')
    await recordVoteResult({
      db,
      writer,
      motionId,
      meetingId,
      voteId,
      today,
      outcome: 'rejected',
      percentage: null,
    });
  else if (advice.advice === 'postpone')
    await postponeMotion({ db, writer, motionId, meetingId, reason: 'Preadvies aanhouden gevolgd' });
}
