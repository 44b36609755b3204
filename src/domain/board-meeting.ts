import { daysBetween, isWorkingDay } from './working-days.js';

/** Without a date of its own, the board approves a round's proposals this many days before the assembly. */
export const DEFAULT_BOARD_MEETING_DAYS = 28;
/** Staff hear this many days before the board's meeting which entries are still empty. */
export const EMPTY_ENTRY_NOTICE_DAYS = 7;

const minusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The date of the board's meeting (*bestuursvergadering*) for a round: the date set on the round, else
 * `daysBefore` days before the assembly, moved back to a working day (the board does not meet on a Sunday).
 */
export function boardMeetingDate(
  round: { boardMeetingDate: string | null },
  assemblyDate: string,
  daysBefore: number = DEFAULT_BOARD_MEETING_DAYS,
): string {
  if (round.boardMeetingDate) return round.boardMeetingDate;
  let date = minusDays(assemblyDate, daysBefore);
  while (!isWorkingDay(date)) date = minusDays(date, 1);
  return date;
}

/** Whether today falls in the week before the board's meeting (that day included): the time to remind. */
export function isWeekBeforeBoardMeeting(boardDate: string, today: string): boolean {
  const days = daysBetween(today, boardDate);
  return days >= 0 && days <= EMPTY_ENTRY_NOTICE_DAYS;
}
