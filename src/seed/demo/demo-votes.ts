import type { BallotChoice, VoteResult } from '../../domain/types.js';
import { formatVoteResult } from '../../domain/vocabulary/vote.js';
import { adoptedByAcclamation, resultFacts, tallyVote } from '../../domain/vote-tally.js';
import { castBallot, createVote, setVoteStatus } from '../../store/repositories/votes.js';
import type { DemoContext, DemoMeeting } from './demo-context.js';
import { at } from './prng.js';

export type DemoVoteOutcome = { voteId: string; result: VoteResult; text: string; percentage: number | null };

/**
 * Holds a weighted vote at a meeting: a random attendance votes with a leaning towards `support`,
 * the domain tallies it. Ballots are stored (named results) only when `storeBallots` is set.
 */
export async function holdDemoVote(
  d: DemoContext,
  input: {
    meeting: DemoMeeting;
    subject: string;
    support: number;
    acclamation?: boolean;
    storeBallots?: boolean;
    motionId?: string;
    motionPartId?: string;
    resolutionId?: string;
    hour?: number;
  },
): Promise<DemoVoteOutcome> {
  const date = input.meeting.record.date;
  const hour = input.hour ?? 14;
  const minute = d.rng.int(0, 50);
  const opened = at(date, hour, minute);
  const closed = at(date, hour, minute + 8);
  const vote = await createVote(d.trx, d.ctx, {
    meetingId: input.meeting.record.id,
    agendaItemId: input.meeting.agenda.motions.id,
    motionId: input.motionId ?? null,
    motionPartId: input.motionPartId ?? null,
    resolutionId: input.resolutionId ?? null,
    subject: input.subject,
    majority: 'simple',
    byAcclamation: input.acclamation ?? false,
  });
  await setVoteStatus(d.trx, d.ctx, { voteId: vote.id, from: 'created', to: 'open', at: opened });
  const present = d.members.filter(() => d.rng.chance(0.62));
  const presentWeight = present.reduce((sum, m) => sum + (d.weights.get(m.id) ?? 0), 0);
  let result: VoteResult;
  if (input.acclamation) {
    result = adoptedByAcclamation({ eligibleWeight: d.eligibleWeight, presentWeight });
  } else {
    const ballots = present.map((m) => {
      const r = d.rng.next();
      const choice: BallotChoice = r < 0.05 ? 'abstain' : r < 0.05 + 0.95 * input.support ? 'for' : 'against';
      return { memberId: m.id, choice, weight: d.weights.get(m.id) ?? 0 };
    });
    result = tallyVote({
      ballots,
      eligibleWeight: d.eligibleWeight,
      presentWeight,
      majority: 'simple',
      quorum: 0,
    });
    if (input.storeBallots) {
      for (const b of ballots) await castBallot(d.trx, d.ctx, { voteId: vote.id, ...b, castAt: opened });
    }
  }
  await setVoteStatus(d.trx, d.ctx, { voteId: vote.id, from: 'open', to: 'closed', at: closed, result });
  await setVoteStatus(d.trx, d.ctx, { voteId: vote.id, from: 'closed', to: 'published', at: closed });
  return {
    voteId: vote.id,
    result,
    text: formatVoteResult(resultFacts(result)),
    percentage: result.percentageFor,
  };
}
