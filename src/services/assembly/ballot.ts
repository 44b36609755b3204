import { assertChoiceAllowed, type VoteChoice } from '../../domain/index.js';
import { changeBallotChoice, findBallot } from '../../store/repositories/ballot-changes.js';
import type { BallotRecord } from '../../store/repositories/votes.js';
import { inTransaction } from '../../store/transaction.js';
import { locked } from '../errors.js';
import type { UseCase } from '../types.js';
import { castVote } from '../votes/cast-vote.js';
import { loadVote } from '../votes/load-vote.js';
import { assertPresent } from './attendance.js';

/**
 * The ballot page: the member's first choice casts its one ballot, a later one changes it, as long as the
 * vote is open. The database keeps one row per member per vote (ballots_one_per_member).
 */
export async function castOrChangeBallot(
  options: UseCase & { voteId: string; memberId: string; choice: VoteChoice },
): Promise<{ ballot: BallotRecord; changed: boolean }> {
  const { writer } = options;
  const org = writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const vote = await loadVote(trx, org, options.voteId);
    assertChoiceAllowed(vote.alternatives, options.choice);
    const existing = await findBallot(trx, org, vote.id, options.memberId);
    if (!existing) return { ballot: await castVote({ ...options, db: trx }), changed: false };
    if (vote.status !== 'open')
      throw locked('vote_not_open', 'De stemming is gesloten; uw stem kan niet meer worden gewijzigd.');
    await assertPresent({ db: trx, writer, meetingId: vote.meetingId, memberId: options.memberId });
    const ballot = await changeBallotChoice(trx, writer, {
      voteId: vote.id,
      memberId: options.memberId,
      choice: options.choice,
    });
    return { ballot, changed: true };
  });
}
