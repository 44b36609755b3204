import { dutchCalendarDate } from '../../domain/dates.js';
import type { MeetingKind } from '../../domain/types.js';
import { motionDeadline } from '../../domain/working-days.js';
import type { Executor } from '../../store/database.js';
import { listMeetings, type MeetingRecord } from '../../store/repositories/meetings.js';
import type { MemberRecord } from '../../store/repositories/members.js';
import { listPolls } from '../../store/repositories/polls.js';
import { listRegistrations } from '../../store/repositories/registrations.js';
import { longDutchDate } from '../registrations/messages.js';

const ASSEMBLIES: MeetingKind[] = ['alv', 'najaars-alv', 'extra-alv', 'balv'];
const ALL = { limit: 10_000, offset: 0 };
/** The Dutch calendar day of an instant. */
const dutchDate = (iso: string) => dutchCalendarDate(new Date(iso));

export type MemberCalendar = {
  meetings: MeetingRecord[];
  days: { id: string; date: string; summary: string; description?: string }[];
};

/**
 * What a member municipality has in its agenda: the assemblies (every member is invited) and the events someone
 * of the municipality registered for (no names), the motion deadline of each assembly (nine working days before,
 * Dutch holidays counted) and the closing date of each poll the municipality is asked to answer. From `from` on.
 */
export async function memberCalendar(
  db: Executor,
  organisationId: string,
  member: MemberRecord,
  from: string,
): Promise<MemberCalendar> {
  const [assemblies, registrations, polls] = await Promise.all([
    listMeetings(db, organisationId, { kind: ASSEMBLIES, from }, ALL, 'date'),
    listRegistrations(db, organisationId, { memberId: member.id, status: ['confirmed', 'waiting'] }, ALL),
    listPolls(db, organisationId, { status: ['open'] }, ALL),
  ]);
  const meetings = [...assemblies.items];
  const seen = new Set(meetings.map((m) => m.id));
  const registered = new Set(registrations.items.map((r) => r.meetingId).filter((id) => !seen.has(id)));
  if (registered.size > 0) {
    const upcoming = await listMeetings(db, organisationId, { from }, ALL, 'date');
    meetings.push(...upcoming.items.filter((m) => registered.has(m.id)));
    meetings.sort((a, b) => a.date.localeCompare(b.date));
  }
  const days: MemberCalendar['days'] = [];
  for (const m of assemblies.items) {
    if (m.status === 'cancelled') continue;
    const deadline = motionDeadline(m.date);
    days.push({
      id: `motietermijn-${m.id}`,
      date: deadline,
      summary: `Uiterste dag moties en amendementen: ${m.title}`,
      description: `Moties en amendementen voor ${m.title} (${longDutchDate(m.date)}) dient u uiterlijk ${longDutchDate(deadline)} in: negen werkdagen voor de vergadering.`,
    });
  }
  for (const p of polls.items) {
    if (!p.closesAt) continue;
    if (p.audience.kind === 'provinces' && !p.audience.provinces.includes(member.province ?? '')) continue;
    days.push({
      id: `peiling-${p.id}`,
      date: dutchDate(p.closesAt),
      summary: `Peiling sluit: ${p.title}`,
      description: `De ledenpeiling ${p.title} sluit op ${longDutchDate(dutchDate(p.closesAt))}.`,
    });
  }
  return { meetings, days };
}
