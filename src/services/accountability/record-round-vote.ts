import {
  type AccountabilityRoundRecord,
  updateAccountabilityRound,
} from '../../store/repositories/accountability.js';
import { inTransaction } from '../../store/transaction.js';
import { locked } from '../errors.js';
import { requireHeldMeeting, type Today } from '../meetings/held-meeting.js';
import { describeVoteResult, type VoteResultInput } from '../motions/vote-result.js';
import type { UseCase } from '../types.js';
import { loadRound } from './load-round.js';

export type RoundVoteInput = Omit<VoteResultInput, 'outcome'> & { outcome: 'adopted' | 'rejected' };

/**
 * The assembly's vote on the accountability as a whole ("Uitvoering moties eerdere ALV-en: aangenomen met
 * 97,63%"), kept on the round: once the board approved it and the meeting has taken place, and only once.
 */
export async function recordRoundVote(
  options: UseCase & Today & { roundId: string; vote: RoundVoteInput },
): Promise<AccountabilityRoundRecord> {
  const { db, writer, vote } = options;
  const wording = describeVoteResult(vote);
  return inTransaction(db, async (trx) => {
    const round = await loadRound(trx, writer.organisationId, options.roundId);
    if (round.status === 'open')
      throw locked(
        'round_not_approved',
        'De vergadering stemt over de verantwoording nadat het bestuur de ronde heeft goedgekeurd.',
      );
    await requireHeldMeeting(trx, writer.organisationId, round.meetingId, {
      today: options.today,
      what: 'vote on the accountability',
    });
    // The outcome of a vote that was held is a fact of the meeting: recorded once, never overwritten in place.
    if (round.voteResult !== null)
      throw locked(
        'round_vote_recorded',
        `De stemming over deze verantwoording is al vastgelegd (${round.voteResult}); een vastgelegde uitslag wordt niet overschreven.`,
      );
    return updateAccountabilityRound(trx, writer, round.id, {
      voteResult: wording,
      votePercentage: vote.byAcclamation ? null : (vote.percentage ?? null),
      byAcclamation: vote.byAcclamation ?? false,
    });
  });
}
