import { type BallotChoice, castBallot as checkBallot } from '../../domain/index.js';
import { nowIso } from '../../store/clock.js';
import { getMember } from '../../store/repositories/members.js';
import { type BallotRecord, castBallot, listBallots } from '../../store/repositories/votes.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadVote, votingRules, weightOf } from './load-vote.js';

/** One member's ballot while the vote is open; its weight follows from the organisation's rule. */
export async function castVote(
  options: UseCase & { voteId: string; memberId: string; choice: BallotChoice },
): Promise<BallotRecord> {
  const { writer } = options;
  const org = writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const vote = await loadVote(trx, org, options.voteId);
    const member = await getMember(trx, org, options.memberId);
    if (member?.status !== 'active')
      throw invalid('lid', 'unknown_member', `Lid ${options.memberId} bestaat niet of stemt niet (meer).`);
    const rules = await votingRules(trx, org);
    const ballot = checkBallot({
      vote,
      existing: await listBallots(trx, org, vote.id),
      memberId: member.id,
      choice: options.choice,
      weight: weightOf(member, rules.rule),
      at: nowIso(),
    });
    return castBallot(trx, writer, {
      voteId: vote.id,
      memberId: member.id,
      choice: ballot.choice,
      weight: ballot.weight,
      castAt: ballot.castAt,
    });
  });
}
