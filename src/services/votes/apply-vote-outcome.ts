import type { VoteRecord } from '../../store/repositories/votes.js';
import { recordPartVoteResult } from '../motions/record-part-vote-result.js';
import { recordVoteResult } from '../motions/record-vote-result.js';
import { recordResolutionVote } from '../resolutions/record-resolution-vote.js';
import type { UseCase } from '../types.js';

/** A published result moves what was voted on; without quorum nothing was decided. */
export async function applyVoteOutcome(options: UseCase & { vote: VoteRecord }): Promise<void> {
  const { vote } = options;
  const { result } = vote;
  if (!result || result.outcome === 'no-quorum') return;
  const outcome = result.outcome === 'adopted' ? 'adopted' : 'rejected';
  const common = {
    db: options.db,
    writer: options.writer,
    outcome,
    percentage: result.byAcclamation ? null : result.percentageFor,
    byAcclamation: result.byAcclamation,
    meetingId: vote.meetingId,
    voteId: vote.id,
  } as const;
  if (vote.motionId && vote.motionPartId)
    await recordPartVoteResult({ ...common, motionId: vote.motionId, partId: vote.motionPartId });
  else if (vote.motionId) await recordVoteResult({ ...common, motionId: vote.motionId });
  else if (vote.resolutionId)
    await recordResolutionVote({
      db: options.db,
      writer: options.writer,
      resolutionId: vote.resolutionId,
      outcome,
      percentage: common.percentage,
      byAcclamation: common.byAcclamation,
    });
}
