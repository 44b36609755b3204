/** Rules of registering for a meeting or event (aanmelden): pure, dates as 'YYYY-MM-DD'. */

export type RegistrationStatus = 'confirmed' | 'waiting' | 'cancelled';

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: 'Aangemeld',
  waiting: 'Wachtlijst',
  cancelled: 'Geannuleerd',
};

/** Personal data is erased this many days after the event unless configured otherwise. */
export const DEFAULT_RETENTION_DAYS = 30;

export type RegistrationWindow = {
  meetingDate: string;
  meetingStatus: string;
  /** Staff closed the registration (or opened it; default open). */
  open: boolean;
};

/**
 * Registering is possible until and including the meeting's day, while staff keep it open, unless the meeting
 * was cancelled. The date decides, not the status (a status may have been set when the record was imported).
 */
export function isRegistrationOpen(w: RegistrationWindow, today: string): boolean {
  return w.open && w.meetingStatus !== 'cancelled' && w.meetingDate >= today;
}

/** A new registration takes a seat while there is one, else joins the waiting list. No capacity: always a seat. */
export function statusForNewRegistration(confirmed: number, capacity: number | null): RegistrationStatus {
  return capacity === null || confirmed < capacity ? 'confirmed' : 'waiting';
}

/** How many from the waiting list move up when seats come free (a cancellation, a larger capacity). */
export function seatsToFill(confirmed: number, capacity: number | null, waiting: number): number {
  if (waiting === 0) return 0;
  if (capacity === null) return waiting;
  return Math.max(0, Math.min(waiting, capacity - confirmed));
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The last day personal data of a meeting's registrations is kept; erased on the day after. */
export function keepPersonalDataUntil(meetingDate: string, retentionDays: number): string {
  return addDays(meetingDate, retentionDays);
}

/** Meetings on or before this date have passed their retention period on `today`. */
export function erasableMeetingsUpTo(today: string, retentionDays: number): string {
  return addDays(today, -retentionDays - 1);
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;
export const isEmailAddress = (value: string): boolean => value.length <= 254 && EMAIL.test(value);
