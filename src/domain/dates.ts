import { DomainError } from './errors.js';
import type { IsoDate } from './types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** Days since the epoch; UTC so that daylight saving never shifts a day. */
function toEpochDay(date: IsoDate): number {
  if (!ISO_DATE.test(date)) throw new DomainError('invalid_date', `Not a date (YYYY-MM-DD): '${date}'`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new DomainError('invalid_date', `Not a calendar date: '${date}'`);
  }
  return ms / MS_PER_DAY;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function assertTimestamp(at: string): void {
  if (Number.isNaN(Date.parse(at)) || !/^\d{4}-\d{2}-\d{2}T/.test(at)) {
    throw new DomainError('invalid_date', `Not an ISO timestamp: '${at}'`);
  }
}

/** The calendar date of a timestamp or date string. */
export function dateOf(at: string): IsoDate {
  return at.slice(0, 10);
}

/** The association's and the councils' time zone: meetings and deadlines are in Dutch local time. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

/** Minutes that local time in the zone is ahead of UTC at this instant. */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - instant.getTime()) / 60_000);
}

/** A wall-clock time (HH:MM) on a date in Dutch local time as an instant; summer and winter time handled. */
export function localToUtc(date: IsoDate, time: string, timeZone = DUTCH_TIME_ZONE): Date {
  const guess = new Date(`${date}T${time}:00.000Z`);
  const first = new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000);
  return new Date(guess.getTime() - zoneOffsetMinutes(first, timeZone) * 60_000);
}

/** The calendar date in the Netherlands at an instant (the caller owns the clock). */
export function dutchCalendarDate(instant: Date, timeZone = DUTCH_TIME_ZONE): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
}
