import {
  type AccountabilityRoundChanges,
  type AccountabilityRoundRecord,
  updateAccountabilityRound,
} from '../../store/repositories/accountability.js';
import { inTransaction } from '../../store/transaction.js';
import { locked } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadRound } from './load-round.js';

/** Title, summary, proposal text and the letter and agenda item that present the round; not after the decision. */
export async function editAccountabilityRound(
  options: UseCase & { roundId: string; changes: Omit<AccountabilityRoundChanges, 'status'> },
): Promise<AccountabilityRoundRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const round = await loadRound(trx, writer.organisationId, options.roundId);
    if (round.status === 'decided')
      throw locked('round_decided', 'De vergadering heeft over deze ronde besloten; zij wijzigt niet meer.');
    return updateAccountabilityRound(trx, writer, round.id, options.changes);
  });
}
