import { dateInNetherlands } from '../domain/vocabulary/index.js';

/** Dutch display formats; dates are written by the domain's one Dutch date formatter (formatDutchDate). */
const NUMBER = new Intl.NumberFormat('nl-NL');

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** A Dutch percentage, as the portal writes it: "23,3%". */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

/** A count that may be a lower bound (search counts stop at 1000): "1.000" or "meer dan 1.000". */
export function formatCount(value: number, isLowerBound = false): string {
  return isLowerBound ? `meer dan ${formatNumber(value)}` : formatNumber(value);
}

/** Today's date in the Netherlands as 'YYYY-MM-DD'. */
export function todayInNetherlands(now = new Date()): string {
  return dateInNetherlands(now);
}

/** "1 motie" / "3 moties". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** The start of a long text, cut at a word boundary. */
export const shorten = (text: string, max = 140): string =>
  text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')} …` : text;
