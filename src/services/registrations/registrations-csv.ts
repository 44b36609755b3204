import { REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '../../domain/registrations.js';
import type { Executor } from '../../store/database.js';
import { listMembers } from '../../store/repositories/members.js';
import { listRegistrations } from '../../store/repositories/registrations.js';
import { toCsv } from '../exports/csv.js';

/** The registrations of a meeting as CSV (all statuses, by name), for the catering and the name badges. */
export async function registrationsCsv(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<string> {
  const [list, members] = await Promise.all([
    listRegistrations(db, organisationId, { meetingId }, { limit: 100_000, offset: 0 }, 'name'),
    listMembers(db, organisationId),
  ]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  return toCsv(
    ['Naam', 'E-mailadres', 'Gemeente', 'Functie', 'Dieetwensen en allergieën', 'Status', 'Aangemeld op'],
    list.items.map((r) => [
      r.personName,
      r.email,
      r.memberId ? (names.get(r.memberId) ?? null) : null,
      r.role,
      r.wishes,
      REGISTRATION_STATUS_LABELS[r.status as RegistrationStatus] ?? r.status,
      r.createdAt,
    ]),
  );
}
