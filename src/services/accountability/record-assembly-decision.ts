import {
  type AccountabilityDecision,
  type AccountabilityRoundStatus,
  applyAssemblyDecision,
  assertEarlierRoundsDecided,
} from '../../domain/index.js';
import {
  type AccountabilityRoundRecord,
  listRoundEntries,
  listRoundsInMeetingOrder,
  recordAccountabilityDecision,
  updateAccountabilityRound,
} from '../../store/repositories/accountability.js';
import { recordMotionTransition } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { notifyFollowers } from '../follows/notify-followers.js';
import { requireHeldMeeting, type Today } from '../meetings/held-meeting.js';
import { loadMotion } from '../motions/load-motion.js';
import type { UseCase } from '../types.js';
import { carryOverDecisions } from './carry-over.js';
import { loadRound } from './load-round.js';

/**
 * The assembly decides on an approved round: per entry (held or settled), or the whole proposal in one
 * vote (`followProposals`; every conditional entry then needs its own explicit decision, or nothing is
 * decided). Only once the meeting has taken place, only when every earlier round is decided, and dated by
 * the meeting. Motions move to held (aangehouden) or settled (afgedaan); held motions go into the next open
 * round by themselves; when every entry is decided the round is closed.
 */
export async function recordAssemblyDecision(
  options: UseCase &
    Today & {
      roundId: string;
      decisions?: { entryId: string; decision: AccountabilityDecision }[];
      followProposals?: boolean;
      voteId?: string | null;
    },
): Promise<AccountabilityRoundRecord> {
  const { db, writer } = options;
  const org = writer.organisationId;
  return inTransaction(db, async (trx) => {
    const round = await loadRound(trx, org, options.roundId);
    const { meeting, at } = await requireHeldMeeting(trx, org, round.meetingId, {
      today: options.today,
      what: 'assembly decision',
    });
    const rounds = await listRoundsInMeetingOrder(trx, org);
    assertEarlierRoundsDecided({
      round: {
        ...round,
        status: round.status as AccountabilityRoundStatus,
        meetingTitle: meeting.title,
        meetingDate: meeting.date,
      },
      rounds: rounds.map((r) => ({ ...r, status: r.status as AccountabilityRoundStatus })),
    });
    const entries = await listRoundEntries(trx, org, round.id);
    const motions = [];
    for (const entry of entries) motions.push((await loadMotion(trx, org, entry.motionId)).record);
    const result = applyAssemblyDecision({
      round,
      entries,
      motions,
      decisions: options.decisions,
      followProposals: options.followProposals,
      at,
      voteId: options.voteId ?? null,
    });
    const before = new Map(entries.map((e) => [e.id, e]));
    for (const entry of result.entries) {
      if (entry.decision === null || before.get(entry.id)?.decision !== null) continue;
      await recordAccountabilityDecision(trx, writer, {
        entryId: entry.id,
        decision: entry.decision,
        decidedAt: at,
      });
    }
    for (const transition of result.transitions) {
      await recordMotionTransition(trx, writer, transition);
      await notifyFollowers(trx, writer, {
        motionId: transition.motionId,
        from: transition.from,
        to: transition.to,
        at: transition.at ?? at,
        reason: transition.reason ?? null,
      });
    }
    await carryOverDecisions(trx, writer, {
      meetingDate: meeting.date,
      held: result.transitions.filter((t) => t.to === 'held').map((t) => t.motionId),
      settled: result.transitions.filter((t) => t.to === 'settled').map((t) => t.motionId),
    });
    if (result.round.status !== round.status)
      return updateAccountabilityRound(trx, writer, round.id, {
        status: result.round.status,
        decidedOn: meeting.date,
      });
    return round;
  });
}
