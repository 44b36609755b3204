import { formatDutchDate } from '../../domain/vocabulary/index.js';
import { parseDutchDate } from '../dutch-dates.js';
import { parseMeetingRef } from '../meetings.js';
import { isLabel } from '../normalise/line-shapes.js';
import { emptyRecognised, type LetterRecord, type LogicalLine, type Recognised } from '../types.js';
import type { RecogniserInput } from './context.js';
import { findDeadlines } from './deadlines.js';
import { findAgreements } from './letter-agreements.js';
import { findEvents } from './letter-events.js';
import { documentDates } from './page-text.js';
import { findProseEvents, firstAssembly } from './prose-events.js';

const SALUTATION = /^(?:geachte|beste)\b/i;
const HEADER_LABELS: Record<string, RegExp> = {
  date: /^datum\b\s*:?\s*/i,
  reference: /^(?:ons\s+)?kenmerk\b\s*:?\s*/i,
  subject: /^(?:onderwerp|betreft)\b\s*:?\s*/i,
  attachments: /^bijlage(?:\(n\)|n)?(?!\p{L})\s*:?\s*/iu,
  phone: /^telefoon\b\s*:?\s*/i,
  yourReference: /^uw\s+kenmerk\b\s*:?\s*/i,
};
const LBR = /\bLbr\.?\s*(\d{2}\/\d{2,4})\b/i;
const REFERENCE = /^[A-Z]{0,4}[-\s]?\d[\w./-]*$/;

function labelOf(text: string): string | null {
  for (const [name, pattern] of Object.entries(HEADER_LABELS)) if (pattern.test(text)) return name;
  return LBR.test(text) ? 'number' : null;
}

/** Header fields: a label with its value on the same line or on the lines after it. */
function headerFields(lines: LogicalLine[], end: number): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let current: string | null = null;
  for (let i = 0; i < end; i++) {
    const text = lines[i].text;
    const label = labelOf(text);
    if (label) {
      current = label;
      const rest = label === 'number' ? text : text.replace(HEADER_LABELS[label], '').trim();
      fields.set(label, rest ? [rest] : []);
    } else if (current) fields.get(current)?.push(text);
  }
  return fields;
}

/** "Geachte leden van college en gemeenteraad," → "leden van college en gemeenteraad". */
function salutationAddressees(text: string): string | null {
  const named = /^(?:geachte|beste)\s+([^,]+)/i.exec(text)?.[1].trim();
  return named && !/^(?:heer|mevrouw|heer\/mevrouw|dames\s+en\s+heren)$/i.test(named) ? named : null;
}

/**
 * A member letter (ledenbrief): kenmerk, Lbr-number, date, subject, addressees and attachments from
 * the header; the agreements it reports and the events it announces from the body.
 */
export function recogniseMemberLetter(input: RecogniserInput): Recognised {
  const { lines } = input;
  const salutationIndex = lines.findIndex((line) => SALUTATION.test(line.text));
  const headerEnd = salutationIndex >= 0 ? salutationIndex : Math.min(lines.length, 25);
  const fields = headerFields(lines, headerEnd);
  const first = (name: string) => fields.get(name)?.[0] ?? null;
  const dateText =
    first('date') ?? lines.slice(0, headerEnd).find((line) => parseDutchDate(line.text))?.text ?? '';
  const date = parseDutchDate(dateText);
  const reference = (fields.get('reference') ?? []).find((value) => REFERENCE.test(value)) ?? null;
  const lbr = LBR.exec((fields.get('number') ?? []).join(' ') ?? '');
  const addressLine = lines.slice(0, headerEnd).find((line) => /^aan\b/i.test(line.text))?.text;
  const subjectLines = (fields.get('subject') ?? []).filter((text) => !isLabel(text));
  const attachments = (fields.get('attachments') ?? []).filter(
    (text) => !/^[-–—]?$/.test(text) && !/^geen$/i.test(text),
  );
  const letter: LetterRecord = {
    reference,
    number: lbr ? `Lbr. ${lbr[1]}` : null,
    date,
    subject: subjectLines.join(' ').replace(/\s+/g, ' ').trim() || null,
    addressees:
      addressLine?.replace(/^aan\s*:?\s*/i, '').trim() ||
      (salutationIndex >= 0 ? salutationAddressees(lines[salutationIndex].text) : null),
    attachments,
    salutation:
      salutationIndex >= 0 ? (/^[^,]*/.exec(lines[salutationIndex].text)?.[0].trim() ?? null) : null,
  };
  const dates = documentDates(lines, input.dates, date);
  const out = emptyRecognised();
  out.letter = letter;
  out.title = letter.subject;
  out.date = date;
  const body = Math.max(0, salutationIndex);
  const meeting = letter.subject ? parseMeetingRef(letter.subject, dates) : null;
  out.meeting = meeting?.kind ? meeting : firstAssembly(lines, dates, body);
  out.agreements = findAgreements(lines, dates);
  const read = (line: LogicalLine) =>
    out.agreements.some((a) => line.line >= a.source.lines.from && line.line <= a.source.lines.to);
  out.agreements.push(...findDeadlines(lines.slice(body), dates, read));
  out.events = findEvents(lines, dates, body);
  for (const event of findProseEvents(lines, dates, body)) {
    if (!out.events.some((known) => known.date === event.date && known.start === event.start))
      out.events.push(event);
  }
  if (!date)
    out.warnings.push(
      // Said as it was read: a day without a year took the year of the letter's number or of the first full date.
      dates.year
        ? `no-date: De brief heeft geen herkenbare datum; datums zonder jaartal zijn gelezen in ${dates.year}, het jaar van het briefnummer.`
        : dates.reference
          ? `no-date: De brief heeft geen herkenbare datum; datums zonder jaartal zijn gelezen ten opzichte van de eerste volledige datum in de tekst (${formatDutchDate(dates.reference)}).`
          : 'no-date: De brief heeft geen herkenbare datum; datums zonder jaartal zijn niet ingevuld.',
    );
  return out;
}
