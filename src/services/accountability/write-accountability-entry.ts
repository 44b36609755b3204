import { type AccountabilityProposal, writeAccountabilityEntry as writeEntry } from '../../domain/index.js';
import {
  type AccountabilityEntryRecord,
  getAccountabilityEntry,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import { inTransaction } from '../../store/transaction.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadRound } from './load-round.js';

/** Staff write the text and proposal (hold, settle, or conditional with its condition) while the round is open. */
export async function writeAccountabilityEntry(
  options: UseCase & {
    roundId: string;
    entryId: string;
    text: string;
    proposal: AccountabilityProposal;
    condition?: string | null;
    groupLabel?: string | null;
  },
): Promise<AccountabilityEntryRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const round = await loadRound(trx, writer.organisationId, options.roundId);
    const entry = await getAccountabilityEntry(trx, writer.organisationId, options.entryId);
    if (!entry || entry.roundId !== round.id) throw missing('Verantwoording', options.entryId);
    const written = writeEntry({
      round,
      entry,
      text: options.text,
      proposal: options.proposal,
      condition: options.condition,
    });
    return upsertAccountabilityEntry(trx, writer, {
      roundId: round.id,
      motionId: entry.motionId,
      text: written.text,
      proposal: written.proposal,
      condition: written.condition,
      ...(options.groupLabel !== undefined ? { groupLabel: options.groupLabel } : {}),
    });
  });
}
