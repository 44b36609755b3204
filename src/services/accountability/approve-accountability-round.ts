import { approveAccountabilityRound as approveRound } from '../../domain/index.js';
import { nowIso } from '../../store/clock.js';
import {
  type AccountabilityRoundRecord,
  approveAccountabilityEntry,
  listRoundEntries,
  updateAccountabilityRound,
} from '../../store/repositories/accountability.js';
import { inTransaction } from '../../store/transaction.js';
import type { UseCase } from '../types.js';
import { loadRound } from './load-round.js';

/**
 * The board adopts the whole proposal: every entry needs a text and a proposal; entries not yet approved
 * one by one are approved with it. From then on the text is what is sent to the members.
 */
export async function approveAccountabilityRound(
  options: UseCase & { roundId: string },
): Promise<AccountabilityRoundRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const round = await loadRound(trx, writer.organisationId, options.roundId);
    const entries = await listRoundEntries(trx, writer.organisationId, round.id);
    const at = nowIso();
    approveRound({ round, entries });
    for (const entry of entries) {
      if (entry.approvedAt === null) await approveAccountabilityEntry(trx, writer, entry.id, at);
    }
    return updateAccountabilityRound(trx, writer, round.id, { status: 'approved' });
  });
}
