import { emptyRecognised, isAssemblyKind, type Recognised } from '../types.js';
import { findBodyMeeting } from './body-meeting.js';
import type { RecogniserInput } from './context.js';
import { withDocumentDates } from './document-context.js';
import { bestListReading, type ListReading, readListLayouts } from './list-readings.js';
import { documentTitle } from './page-text.js';
import { unmatchedSubmitterWarnings } from './warnings.js';

/** The motions of a reading get the meeting of the document where they name none; adopted ones are dated by it. */
export function applyReading(
  out: Recognised,
  reading: ListReading,
  input: RecogniserInput,
  date: string | null,
): void {
  out.motions = reading.motions;
  out.resolutions = reading.resolutions;
  out.meeting = reading.meeting ?? findBodyMeeting(input.lines, input.dates, date);
  for (const motion of out.motions) {
    motion.meeting ??= out.meeting;
    if (motion.result === 'aangenomen') motion.adoptedAt ??= motion.meeting ?? null;
    if (!motion.result && !motion.preAdvice && reading.layout === 'result-page')
      out.warnings.push(`no-result: Bij motie "${motion.title}" staat geen uitslag of preadvies.`);
    if ((motion.members ?? []).length > 0) out.warnings.push(...unmatchedSubmitterWarnings(motion));
  }
  out.warnings.push(...reading.warnings);
  out.extra = { ...out.extra, layout: reading.layout, ...reading.extra };
}

/**
 * A list of motions with their results, pre-advice or status, in any of the list layouts
 * (list-readings.ts): VNG result pages and pre-advice lists, RIS tables, decision lists, parliamentary
 * votes, reports and news in prose. The layout with the most motions decides.
 */
export function recogniseMotionList(raw: RecogniserInput): Recognised {
  const { input, date } = withDocumentDates(raw);
  const out = emptyRecognised();
  const reading = bestListReading(input) ?? readListLayouts(input)[0];
  if (reading) applyReading(out, reading, input, date);
  out.title = documentTitle(input.lines);
  out.date = date ?? out.meeting?.date ?? null;
  if (out.meeting && !isAssemblyKind(out.meeting.kind) && out.meeting.kind !== null && !date)
    out.date = out.meeting.date;
  return out;
}
