import { type DateContext, findDeadline } from '../dutch-dates.js';
import type { AgreementRecord, LogicalLine } from '../types.js';
import { provenance } from './context.js';
import { splitSentences } from './sentences.js';

const ACTION =
  /\b(?:indienen|in\s+te\s+dienen|ingediend|aanmelden|aan\s+te\s+melden|insturen|in\s+te\s+sturen|reageren|opgeven|op\s+te\s+geven|aanleveren|aan\s+te\s+leveren|stellen|te\s+stellen)\b/i;
const SAME_DATE = /\buiterlijk\s+op\s+(?:deze|die|dezelfde)\s+datum\b/i;
/** The letter speaks to its readers: "U kunt …", "Wij vragen u …", "uw reactie". */
const TO_READERS = /\b(?:u|uw)\b/i;

/**
 * Layout "deadlines in a letter": "U kunt statutair tot uiterlijk donderdag 3 juni a.s. amendementen op
 * voorstellen indienen." and "Wij vragen u ook om moties uiterlijk op deze datum in te dienen" (the date
 * of the sentence before). Each becomes an agreement with its due date; lines in `skip` are already read.
 */
export function findDeadlines(
  lines: LogicalLine[],
  dates: DateContext,
  skip: (line: LogicalLine) => boolean = () => false,
): AgreementRecord[] {
  const agreements: AgreementRecord[] = [];
  let previous: string | null = null;
  lines.forEach((line, index) => {
    if (skip(line)) return;
    for (const { text } of splitSentences(line.text)) {
      if (!/\buiterlijk\b/i.test(text) || !ACTION.test(text)) continue;
      const due = findDeadline(text, dates) ?? (SAME_DATE.test(text) ? previous : null);
      if (!due) continue;
      previous = due;
      agreements.push({
        text: text.replace(/\s+/g, ' ').trim(),
        party: null,
        due,
        ...(TO_READERS.test(text) ? { forReaders: true } : {}),
        source: provenance(lines, index, index),
      });
    }
  });
  return agreements;
}
