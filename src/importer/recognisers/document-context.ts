import type { RecogniserInput } from './context.js';
import { documentDate, documentDates } from './page-text.js';
import { firstAssembly } from './prose-events.js';

const cache = new WeakMap<object, { input: RecogniserInput; date: string | null }>();

/**
 * The input with the document's own date context (its date line, a full date in its text, or the year
 * of its ledenbrief number), so "3 juni" or "op 10 juni" resolve in the document's year. Memoised per
 * document, so kind detection and the recogniser read the same.
 */
export function withDocumentDates(input: RecogniserInput): { input: RecogniserInput; date: string | null } {
  const known = cache.get(input.lines);
  if (known) return known;
  let date = documentDate(input.lines, input.dates);
  // An event page shows the date of the event at the top: it is no writing date to count "a.s." from.
  if (date && firstAssembly(input.lines, { year: Number(date.slice(0, 4)) })?.date === date) {
    const result = { input: { ...input, dates: { year: Number(date.slice(0, 4)) } }, date: null };
    cache.set(input.lines, result);
    return result;
  }
  date ??= null;
  const result = { input: { ...input, dates: documentDates(input.lines, input.dates, date) }, date };
  cache.set(input.lines, result);
  return result;
}
