import { assertChoiceAllowed, DomainError, type VoteChoice } from '../../domain/index.js';
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
  // A first ballot is cast with the others that arrive at the same moment (castVote's group commit, the same
  // checks); when one of the member's came first after all (another tab), this is a change, below.
  if (!options.db.isTransaction && !(await findBallot(options.db, org, options.voteId, options.memberId))) {
    try {
      return { ballot: await castVote(options), changed: false };
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'duplicate_ballot')) throw error;
    }
  }
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
