import { type AccountabilityDecision, applyAssemblyDecision } from '../../domain/index.js';
import { nowIso } from '../../store/clock.js';
import {
  type AccountabilityRoundRecord,
  listRoundEntries,
  recordAccountabilityDecision,
  updateAccountabilityRound,
} from '../../store/repositories/accountability.js';
import { recordMotionTransition } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { notifyFollowers } from '../follows/notify-followers.js';
import { loadMotion } from '../motions/load-motion.js';
import type { UseCase } from '../types.js';
import { loadRound } from './load-round.js';

/**
 * The assembly decides on an approved round: per entry (held or settled), or the whole proposal in one
 * vote (`followProposals`; conditional entries still need an explicit decision). Motions move to held
 * (aangehouden) or settled (afgedaan); when every entry is decided the round is closed.
 */
export async function recordAssemblyDecision(
  options: UseCase & {
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
    const entries = await listRoundEntries(trx, org, round.id);
    const motions = [];
    for (const entry of entries) motions.push((await loadMotion(trx, org, entry.motionId)).record);
    const at = nowIso();
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
    if (result.round.status !== round.status)
      return updateAccountabilityRound(trx, writer, round.id, { status: result.round.status });
    return round;
  });
}
