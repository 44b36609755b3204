import ical from 'ical-generator';
import { localToUtc } from '../../domain/dates.js';
import { meetingKind } from '../../domain/vocabulary/index.js';
import type { AgreementRecord } from '../../store/repositories/agreements.js';
import type { MeetingRecord } from '../../store/repositories/meetings.js';

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type CalendarDay = { id: string; date: string; summary: string; description?: string };

/** One calendar with the meetings and the due dates of open agreements, for subscribing in any agenda program. */
export function buildCalendar(options: {
  name: string;
  /** The portal's address (portalBaseUrl: PUBLIC_URL, else where the server listens; /o/{slug} for another organisation). */
  host: string;
  uidDomain: string;
  meetings: MeetingRecord[];
  agreements: AgreementRecord[];
  /** Other dates as all-day events (a motion deadline, a poll closing). */
  days?: CalendarDay[];
}): string {
  const cal = ical({
    name: options.name,
    prodId: { company: 'Motiemonitor', product: 'Motiemonitor', language: 'NL' },
  });
  for (const m of options.meetings) {
    const start = m.startTime ? localToUtc(m.date, m.startTime) : new Date(`${m.date}T00:00:00Z`);
    const end = m.startTime
      ? m.endTime
        ? localToUtc(m.date, m.endTime)
        : new Date(start.getTime() + 3 * 3_600_000)
      : new Date(`${addDays(m.date, 1)}T00:00:00Z`);
    cal.createEvent({
      id: `vergadering-${m.id}@${options.uidDomain}`,
      start,
      end,
      allDay: !m.startTime,
      summary: m.title,
      location: m.place ?? undefined,
      // In words people read (the kind's Dutch name, never its code), linking the meeting's page in the portal.
      description: `${meetingKind.label(m.kind)}. ${options.host}/vergaderingen/${m.id}`,
      status: m.status === 'cancelled' ? ('CANCELLED' as never) : ('CONFIRMED' as never),
    });
  }
  for (const a of options.agreements) {
    if (!a.dueDate) continue;
    cal.createEvent({
      id: `afspraak-${a.id}@${options.uidDomain}`,
      start: new Date(`${a.dueDate}T00:00:00Z`),
      end: new Date(`${addDays(a.dueDate, 1)}T00:00:00Z`),
      allDay: true,
      summary: `Uiterste datum afspraak${a.party ? ` (${a.party})` : ''}: ${a.text.slice(0, 120)}`,
      description: a.text,
    });
  }
  for (const d of options.days ?? [])
    cal.createEvent({
      id: `${d.id}@${options.uidDomain}`,
      start: new Date(`${d.date}T00:00:00Z`),
      end: new Date(`${addDays(d.date, 1)}T00:00:00Z`),
      allDay: true,
      summary: d.summary,
      description: d.description,
    });
  return cal.toString();
}
