import { findDutchDates, isoDate } from '../dutch-dates.js';

const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

/**
 * A date in a record field. "7/9/2019" is ambiguous: iBabs list records print M/D/YYYY, Dutch text
 * D/M/YYYY. The reading that another full date in the same document confirms wins ("Raadsvergadering
 * 09-07-2019"); a reading that is impossible (month 13) loses; otherwise the date is left open.
 */
export function recordDate(value: string, documentText: string): { date: string | null; ambiguous: boolean } {
  const slashed = SLASHED.exec(value);
  if (!slashed) {
    const date = findDutchDates(value)[0]?.date ?? null;
    return { date, ambiguous: false };
  }
  const [a, b, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  const dayFirst = isoDate(year, b, a);
  const monthFirst = isoDate(year, a, b);
  if (!dayFirst || !monthFirst || dayFirst === monthFirst)
    return { date: dayFirst ?? monthFirst, ambiguous: false };
  const others = findDutchDates(documentText.replace(SLASHED, ' '))
    .filter((found) => !/\//.test(found.text))
    .map((found) => found.date);
  const confirmsMonthFirst = others.includes(monthFirst);
  const confirmsDayFirst = others.includes(dayFirst);
  if (confirmsMonthFirst !== confirmsDayFirst)
    return { date: confirmsMonthFirst ? monthFirst : dayFirst, ambiguous: false };
  return { date: null, ambiguous: true };
}

/** "Gemeenteraad 2022 (…) donderdag 24 november": a day and month without a year take the year written beside them. */
export function yearBeside(text: string): string | null {
  return /\b(?:gemeenteraad|raad|vergaderjaar|jaar)\s+(\d{4})\b/i.exec(text)?.[1] ?? null;
}
