import HolidaysParser from 'date-holidays-parser';
import { NL_HOLIDAY_RULES } from './holidays-nl-rules.js';

/**
 * Dutch public holidays as the Algemene termijnenwet counts them: New Year, Easter Monday, Ascension Day, Whit
 * Monday, Christmas and Boxing Day, King's Day (date-holidays' rules for NL, read by its parser: only the Dutch
 * rules are loaded, not every country's) and 5 May every year. Sundays' holidays (Easter and Whit Sunday) fall on a
 * weekend anyway.
 */
const nl = new HolidaysParser(NL_HOLIDAY_RULES, 'NL');
const cache = new Map<number, Set<string>>();

export function dutchHolidays(year: number): Set<string> {
  let days = cache.get(year);
  if (!days) {
    days = new Set(
      nl
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    days.add(`${year}-05-05`);
    cache.set(year, days);
  }
  return days;
}

const parse = (date: string) => new Date(`${date}T12:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function isWorkingDay(date: string): boolean {
  const day = parse(date).getUTCDay();
  return day !== 0 && day !== 6 && !dutchHolidays(Number(date.slice(0, 4))).has(date);
}

/** The date `count` working days before `date` (the day itself not counted). */
export function workingDaysBefore(date: string, count: number): string {
  const d = parse(date);
  let left = count;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() - 1);
    if (isWorkingDay(iso(d))) left -= 1;
  }
  return iso(d);
}

/** Days from `from` to `to` (negative when `to` lies before). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);

/** Motions and amendments for an assembly are due nine working days before it. */
export const MOTION_DEADLINE_WORKING_DAYS = 9;
export const motionDeadline = (assemblyDate: string): string =>
  workingDaysBefore(assemblyDate, MOTION_DEADLINE_WORKING_DAYS);

/** Whether a motion or amendment may still be submitted on `today` for an assembly on `assemblyDate`. */
export const isBeforeMotionDeadline = (assemblyDate: string, today: string): boolean =>
  today <= motionDeadline(assemblyDate);
