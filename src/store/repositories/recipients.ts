import type { UserRole } from '../../domain/types.js';
import type { Executor } from '../database.js';

export type Contact = { email: string; name: string | null; memberId: string | null };

/** Enabled accounts of a role (staff get deadline reminders, member accounts the assembly's deadlines). */
export async function listContactsByRole(
  db: Executor,
  organisationId: string,
  role: UserRole,
): Promise<Contact[]> {
  const rows = await db
    .selectFrom('users')
    .select(['email', 'name', 'member_id'])
    .where('organisation_id', '=', organisationId)
    .where('role', '=', role)
    .where('disabled_at', 'is', null)
    .orderBy('email')
    .execute();
  return rows.map((r) => ({ email: r.email, name: r.name, memberId: r.member_id }));
}
