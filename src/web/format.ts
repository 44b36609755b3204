/** Dutch display formats. Dates are stored as ISO text; the portal shows them in the Dutch calendar style. */
const DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});
const NUMBER = new Intl.NumberFormat('nl-NL');

/** '2025-06-18' or a full timestamp → '18 juni 2025'; a calendar date is never shifted by the time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE_TIME.format(date);
}

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** Today's date in the Netherlands as 'YYYY-MM-DD'. */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** "1 motie" / "3 moties". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** The start of a long text, cut at a word boundary. */
export const shorten = (text: string, max = 140): string =>
  text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')} …` : text;
