import { assertChoiceAllowed, castBallot as checkBallot, type VoteChoice } from '../../domain/index.js';
import { nowIso } from '../../store/clock.js';
import { getMember } from '../../store/repositories/members.js';
import { type BallotRecord, castBallot } from '../../store/repositories/votes.js';
import { inTransaction } from '../../store/transaction.js';
import { assertPresent } from '../assembly/attendance.js';
import { meetingWeights } from '../assembly/meeting-weights.js';
import { invalid } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadVote, votingRules, weightOf } from './load-vote.js';

/** One member's ballot while the vote is open; its weight follows from the organisation's rule. */
export async function castVote(
  options: UseCase & { voteId: string; memberId: string; choice: VoteChoice },
): Promise<BallotRecord> {
  const { writer } = options;
  const org = writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const vote = await loadVote(trx, org, options.voteId);
    // Voor / tegen / onthouding, or one of the vote's alternatives.
    assertChoiceAllowed(vote.alternatives, options.choice);
    const member = await getMember(trx, org, options.memberId);
    if (member?.status !== 'active')
      throw invalid('lid', 'unknown_member', `Lid ${options.memberId} bestaat niet of stemt niet (meer).`);
    await assertPresent({ db: trx, writer, meetingId: vote.meetingId, memberId: member.id });
    // The weight of the meeting's reference date (frozen with the meeting), else today's rule.
    const frozen = vote.meetingId ? await meetingWeights(trx, org, vote.meetingId, writer) : null;
    const weight = frozen ? frozen.weights[member.id] : weightOf(member, (await votingRules(trx, org)).rule);
    if (weight === undefined)
      throw invalid('lid', 'not_eligible', `${member.name} had op de peildatum geen stemrecht.`);
    const ballot = checkBallot({
      vote,
      // Not all ballots of the vote: the unique key of the store refuses a second one (duplicate_ballot).
      existing: [],
      memberId: member.id,
      choice: options.choice,
      weight,
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
