/**
 * The one Dutch date formatter. Dates are stored as ISO text: a calendar date ('2025-06-18') is written as
 * it is, never shifted by a time zone; a timestamp is written in Dutch local time (Europe/Amsterdam).
 */
import { DUTCH_TIME_ZONE } from '../dates.js';

export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_ZONE = DUTCH_TIME_ZONE;
const LOCAL_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });
const LOCAL_TIME = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

/** The calendar date in the Netherlands of a moment, as 'YYYY-MM-DD'. */
export function dateInNetherlands(moment: Date): string {
  return LOCAL_DATE.format(moment);
}

const parseMoment = (value: string): Date | null => {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? null : moment;
};

/** '2025-06-18' or a timestamp → '18 juni 2025'; empty for no value; anything else is returned as given. */
export function formatDutchDate(value: string | null | undefined): string {
  if (!value) return '';
  const moment = CALENDAR_DATE.test(value) ? null : parseMoment(value);
  const match = CALENDAR_DATE.exec(moment ? dateInNetherlands(moment) : value);
  const month = match ? DUTCH_MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : value;
}

/** A timestamp → '18 juni 2025 om 11:30' (Dutch local time); a calendar date stays a date. */
export function formatDutchDateTime(value: string | null | undefined): string {
  const moment = value ? parseMoment(value) : null;
  if (!moment) return formatDutchDate(value);
  return `${formatDutchDate(value)} om ${LOCAL_TIME.format(moment)}`;
}
