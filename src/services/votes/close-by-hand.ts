import { adoptedByAcclamation, type HandCount, tallyHandCount, transitionVote } from '../../domain/index.js';
import { nowIso } from '../../store/clock.js';
import { listBallots, setVoteStatus, type VoteRecord } from '../../store/repositories/votes.js';
import { inTransaction } from '../../store/transaction.js';
import { attendanceWeights } from '../assembly/attendance.js';
import { locked } from '../errors.js';
import type { Today } from '../meetings/held-meeting.js';
import type { UseCase } from '../types.js';
import { eligibleWeight, loadVote, votingRules } from './load-vote.js';
import { requireMeetingDay } from './move-vote.js';

/**
 * The chair records the result without ballots: adopted by acclamation ("akkoord bij acclamatie"), or the
 * weights counted by hand in the hall (an analog vote). A prepared vote is opened and closed in one step; a vote
 * that already has ballots is closed by counting them instead. Publishing then moves what was voted on.
 */
export async function closeVoteByHand(
  options: UseCase &
    Today & { voteId: string } & ({ acclamation: true } | { acclamation: false; counted: HandCount }),
): Promise<VoteRecord> {
  const { writer } = options;
  const org = writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    let vote = await loadVote(trx, org, options.voteId);
    if ((await listBallots(trx, org, vote.id)).length > 0)
      throw locked(
        'ballots_cast',
        'Er zijn al stemmen uitgebracht: sluit de stemming om ze te tellen, of laat alle stemmen vervallen.',
      );
    await requireMeetingDay(trx, org, vote, options);
    const at = nowIso();
    if (vote.status === 'created') {
      transitionVote({ vote, to: 'open', at });
      vote = await setVoteStatus(trx, writer, { voteId: vote.id, from: 'created', to: 'open', at });
    }
    transitionVote({ vote, to: 'closed', at });
    const rules = await votingRules(trx, org);
    const weights = vote.meetingId
      ? await attendanceWeights({ db: trx, writer, meetingId: vote.meetingId })
      : null;
    const eligible = weights?.eligibleWeight ?? (await eligibleWeight(trx, org, rules.rule));
    const present = weights?.register ? weights.presentWeight : eligible;
    const common = { eligibleWeight: eligible, presentWeight: present, quorum: rules.quorum };
    const result = options.acclamation
      ? adoptedByAcclamation(common)
      : tallyHandCount({ ...common, majority: vote.majority, counted: options.counted });
    return setVoteStatus(trx, writer, {
      voteId: vote.id,
      from: vote.status,
      to: 'closed',
      at,
      result,
      byAcclamation: options.acclamation,
    });
  });
}
