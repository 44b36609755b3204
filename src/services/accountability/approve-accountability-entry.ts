import { DomainError } from '../../domain/index.js';
import {
  type AccountabilityEntryRecord,
  approveAccountabilityEntry as approveEntry,
  getAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import { inTransaction } from '../../store/transaction.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadRound } from './load-round.js';

/** The board approves one entry's proposal while the round is open (a changed proposal needs it again). */
export async function approveAccountabilityEntry(
  options: UseCase & { roundId: string; entryId: string },
): Promise<AccountabilityEntryRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const round = await loadRound(trx, writer.organisationId, options.roundId);
    const entry = await getAccountabilityEntry(trx, writer.organisationId, options.entryId);
    if (!entry || entry.roundId !== round.id) throw missing('Verantwoording', options.entryId);
    if (round.status !== 'open')
      throw new DomainError('round_not_open', 'Entries are approved while the round is open', {
        current: round.status,
      });
    if (!entry.text?.trim() || entry.proposal === null)
      throw new DomainError('round_incomplete', 'The entry lacks a text or proposal');
    return approveEntry(trx, writer, entry.id);
  });
}
