import { formatDutchDate } from '../../domain/vocabulary/index.js';
import { createConsultation, listConsultations } from '../../store/repositories/consultations.js';
import { type ConsultationMention, reportedConsultations } from '../recognisers/consultations.js';
import type { FileAnalysis, Provenance } from '../types.js';
import type { ImportContext } from './import-context.js';

/**
 * The consultation of a mention: the one the register has on that date (an overleg of the same
 * name, or the only overleg of that day), else a new one. Never two for one date and name.
 */
export async function consultationFor(
  ic: ImportContext,
  mention: ConsultationMention,
  source?: Provenance,
): Promise<string> {
  const known = ic.consultations.get(mention.date);
  if (known) return known;
  const year = Number(mention.date.slice(0, 4));
  const { items } = await listConsultations(
    ic.trx,
    ic.writer.organisationId,
    { year },
    { limit: 500, offset: 0 },
  );
  const sameDay = items.filter((c) => c.date === mention.date);
  const name = mention.title.toLowerCase();
  const existing =
    sameDay.find((c) => c.title.toLowerCase().includes(name)) ??
    (sameDay.length === 1 ? sameDay[0] : undefined);
  let id = existing?.id;
  if (!id) {
    const created = await createConsultation(ic.trx, ic.writer, {
      title: `${mention.title} ${formatDutchDate(mention.date)}`,
      date: mention.date,
    });
    id = created.id;
    ic.count('consultations');
  }
  ic.trace('consultation', id, source);
  ic.consultations.set(mention.date, id);
  return id;
}

/**
 * The consultations a letter, resolution or report says were held, with their dates, as records: those the
 * analysis found (`found`), else looked for here.
 */
export async function storeConsultations(
  ic: ImportContext,
  analysis: FileAnalysis,
  text: string,
  span: Provenance,
  found?: ConsultationMention[],
): Promise<void> {
  const mentions = found ?? reportedConsultations(analysis.kind, text, { reference: analysis.date });
  for (const mention of mentions) await consultationFor(ic, mention, span);
}
