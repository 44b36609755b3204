import { emptyRecognised, type Recognised } from '../types.js';
import { findBodyMeeting } from './body-meeting.js';
import type { RecogniserInput } from './context.js';
import { findDeadlines } from './deadlines.js';
import { withDocumentDates } from './document-context.js';
import { findAgreements } from './letter-agreements.js';
import { findEvents } from './letter-events.js';
import { readCommitments, readLetterHeader } from './letter-header.js';
import { readListLayouts } from './list-readings.js';
import { documentTitle } from './page-text.js';
import { findProseEvents, firstAssembly } from './prose-events.js';

/**
 * A document of none of the known kinds (kind `unknown`, "other" in the corpus): news items, event pages,
 * letters of other bodies, results of a written consultation. It stays unknown and searchable, but what
 * it states plainly is kept: its heading and date, the assembly or meeting it is about, the events and
 * deadlines it announces, a letter header with the commitments it answers, resolutions with a result and
 * the motions it names in its prose.
 */
export function recogniseOther(raw: RecogniserInput, warning: string): Recognised {
  const { input, date } = withDocumentDates(raw);
  const { lines, dates } = input;
  const out = emptyRecognised();
  out.title = documentTitle(lines) ?? lines[0]?.text.slice(0, 200) ?? null;
  const header = readLetterHeader(lines, dates);
  out.date = date ?? header?.letter.date ?? null;
  if (header) out.letter = { ...header.letter, subject: out.title };
  out.meeting = firstAssembly(lines, dates) ?? findBodyMeeting(lines, dates, out.date);
  out.events = findEvents(lines, dates, 0);
  for (const event of findProseEvents(lines, dates, 0))
    if (!out.events.some((known) => known.date === event.date && known.start === event.start))
      out.events.push(event);
  out.agreements = readCommitments(lines, header?.sender ?? null);
  const read = (line: (typeof lines)[number]) =>
    out.agreements.some((a) => line.line >= a.source.lines.from && line.line <= a.source.lines.to);
  // The commitments a letter answers are read with their party; a list of agreements elsewhere is added.
  out.agreements.push(
    ...findAgreements(lines, dates).filter(
      (agreement) => !out.agreements.some((known) => known.source.lines.from === agreement.source.lines.from),
    ),
  );
  out.agreements.push(...findDeadlines(lines, dates, read));
  for (const reading of readListLayouts(input)) {
    if (reading.layout === 'result-page') out.resolutions.push(...reading.resolutions);
    // A news item names a motion plainly when it says who submitted it and what became of it or what it asks.
    if (reading.layout === 'prose')
      out.motions.push(
        ...reading.motions.filter((m) => m.submitters.length > 0 && (m.result !== null || m.call !== null)),
      );
  }
  for (const motion of out.motions) motion.meeting ??= out.meeting;
  if (header?.sender) out.extra = { sender: header.sender };
  out.warnings.push(warning);
  return out;
}
