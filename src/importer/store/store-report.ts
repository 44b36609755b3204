import {
  createAccountabilityRound,
  listAccountabilityRounds,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import type { FileAnalysis } from '../types.js';
import type { ImportContext } from './import-context.js';
import { storeMotion } from './store-motion.js';

/** "Aangehouden moties …": the motion was held at an earlier round. */
const HELD_GROUP = /^aangehouden\b/i;

async function roundFor(ic: ImportContext, analysis: FileAnalysis): Promise<string | null> {
  const meetingId = await ic.meetingId(analysis.meeting);
  if (!meetingId) return null;
  const existing = await listAccountabilityRounds(ic.trx, ic.writer.organisationId, { meetingId });
  if (existing.items[0]) return existing.items[0].id;
  const round = await createAccountabilityRound(ic.trx, ic.writer, {
    meetingId,
    title: analysis.title ?? 'Verantwoording over uitvoering moties',
    status: 'open',
  });
  ic.count('accountabilityRounds');
  return round.id;
}

/**
 * An accountability report: its motions (matched or created, adopted at their meeting, held when
 * listed under "Aangehouden"), and a round for the meeting the report is for with an entry per motion:
 * the accountability text and the board's proposal (hold, settle, or conditional with its condition).
 */
export async function storeAccountabilityReport(
  ic: ImportContext,
  analysis: FileAnalysis,
): Promise<string[]> {
  const warnings: string[] = [];
  const roundId = await roundFor(ic, analysis);
  if (!roundId && analysis.motions.length > 0) {
    warnings.push(
      'no-round: Het verslag noemt geen vergadering met datum; de verantwoording is niet als ronde opgeslagen.',
    );
  }
  for (const [index, record] of analysis.motions.entries()) {
    const held = HELD_GROUP.test(record.group ?? '');
    const { id } = await storeMotion(ic, record, { meeting: null, held });
    if (!roundId) continue;
    const entry = await upsertAccountabilityEntry(ic.trx, ic.writer, {
      roundId,
      motionId: id,
      text: record.accountability,
      proposal: record.proposal,
      condition: record.condition ?? null,
      groupLabel: record.group ?? null,
      position: index + 1,
    });
    ic.count('accountabilityEntries');
    ic.trace('accountability-entry', entry.id, record.source);
  }
  return warnings;
}
