import type { FileAnalysis } from '../types.js';
import type { ImportContext } from './import-context.js';
import { agendaItemFor } from './meeting-details.js';

type AgendaEntry = { number?: unknown; title?: unknown };

/**
 * The agenda items a results page names that are no motions ("6. Verantwoording uitvoering moties eerdere
 * ALV-en: aangenomen met 100%"): kept as the meeting's agenda items with their number and title.
 */
export async function storeAgendaItems(ic: ImportContext, analysis: FileAnalysis): Promise<void> {
  const entries = Array.isArray(analysis.agendaItems) ? (analysis.agendaItems as AgendaEntry[]) : [];
  if (entries.length === 0) return;
  const meetingId = await ic.meetingId(analysis.meeting);
  if (!meetingId) return;
  for (const entry of entries) {
    if (typeof entry.number !== 'string' || typeof entry.title !== 'string') continue;
    await agendaItemFor(ic, meetingId, { number: entry.number, title: entry.title });
  }
}
