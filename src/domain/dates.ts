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
