import {
  type AccountabilityRoundChanges,
  type AccountabilityRoundRecord,
  listRoundEntries,
  updateAccountabilityRound,
} from '../../store/repositories/accountability.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadRound } from './load-round.js';
import { assertRoundLetter } from './round-letter.js';

export type EditableRound = Pick<
  AccountabilityRoundChanges,
  'title' | 'summary' | 'proposalText' | 'letterId' | 'agendaItemId' | 'reportDate' | 'boardMeetingDate'
>;

/** The texts the board approves with the round (fixed once it is approved). */
const APPROVED_TEXTS = ['title', 'summary', 'proposalText'] as const;

/** "12 moties", "35 motie's": a number of motions written in a text. */
const COUNT_IN_TEXT = /\b(\d{1,4})\s+moties?\b/gi;

/**
 * The report states the number of motions itself, computed from the entries; a summary that names
 * another number would contradict the body, so it is refused with the right number.
 */
function assertCountsAgree(summary: string | null | undefined, entries: number): void {
  if (!summary) return;
  for (const match of summary.matchAll(COUNT_IN_TEXT)) {
    if (Number(match[1]) !== entries)
      throw invalid(
        'samenvatting',
        'count_mismatch',
        `De samenvatting noemt ${match[0]}, maar de ronde telt ${entries} ${entries === 1 ? 'motie' : 'moties'}. Laat het aantal weg: het rapport noemt het zelf, berekend uit de verantwoordingen.`,
      );
  }
}

/**
 * Title, summary, proposal text, report date and the letter and agenda item that present the round; the texts
 * until the board approves the round, the rest until the assembly decides.
 */
export async function editAccountabilityRound(
  options: UseCase & { roundId: string; changes: EditableRound },
): Promise<AccountabilityRoundRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const round = await loadRound(trx, writer.organisationId, options.roundId);
    if (round.status === 'decided')
      throw locked('round_decided', 'De vergadering heeft over deze ronde besloten; zij wijzigt niet meer.');
    // What the board approved is what goes to the members: its words stay; how it is sent can still change.
    if (round.status === 'approved') {
      const changed = APPROVED_TEXTS.filter(
        (key) =>
          options.changes[key] !== undefined && (options.changes[key] ?? null) !== (round[key] ?? null),
      );
      if (changed.length > 0)
        throw locked(
          'round_approved',
          'Het bestuur heeft de ronde goedgekeurd: de titel, de samenvatting en het voorstel aan de leden liggen vast. De ledenbrief, de rapportdatum, het agendapunt en de bestuursvergadering kunnen nog wijzigen.',
        );
    }
    const entries = await listRoundEntries(trx, writer.organisationId, round.id);
    assertCountsAgree(options.changes.summary, entries.length);
    await assertRoundLetter(trx, writer.organisationId, options.changes.letterId);
    return updateAccountabilityRound(trx, writer, round.id, options.changes);
  });
}
