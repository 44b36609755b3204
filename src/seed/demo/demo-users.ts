import { role } from '../../domain/vocabulary/index.js';
import { createUserAccount } from '../../services/users/create-user-account.js';
import type { Db } from '../../store/database.js';
import { findMemberByCode } from '../../store/repositories/members.js';
import type { OrganisationRecord } from '../../store/repositories/organisations.js';
import { findUserCredentials } from '../../store/repositories/users.js';
import { DEMO_ACTOR } from './seed-demo.js';

/** Known only to the demo: a real installation creates its own accounts with `motiemonitor users add`. */
export const DEMO_PASSWORD = 'demo-motiemonitor';

const DEMO_USERS = [
  { email: 'beheer@demo.motiemonitor.nl', name: 'Beheerder (demo)', role: 'admin' },
  { email: 'bureau@demo.motiemonitor.nl', name: 'Medewerker VNG-bureau (demo)', role: 'staff' },
  { email: 'bestuur@demo.motiemonitor.nl', name: 'Bestuurslid (demo)', role: 'board' },
  { email: 'voorzitter@demo.motiemonitor.nl', name: 'Voorzitter ALV (demo)', role: 'chair' },
  {
    email: 'griffie.utrecht@demo.motiemonitor.nl',
    name: 'Griffie Utrecht (demo)',
    role: 'member',
    member: 'GM0344',
  },
] as const;

/** One demo account per role, so the staff workspace can be tried right after `npm start`; idempotent. */
export async function seedDemoUsers(db: Db, organisation: OrganisationRecord): Promise<string[]> {
  const writer = { organisationId: organisation.id, actor: DEMO_ACTOR };
  const created: string[] = [];
  for (const user of DEMO_USERS) {
    if (await findUserCredentials(db, organisation.id, user.email)) continue;
    const member = 'member' in user ? await findMemberByCode(db, organisation.id, user.member) : undefined;
    await createUserAccount({
      db,
      writer,
      account: {
        email: user.email,
        name: user.name,
        role: user.role,
        memberId: member?.id ?? null,
        password: DEMO_PASSWORD,
      },
    });
    created.push(`${user.email} (${role.label(user.role).toLowerCase()})`);
  }
  return created;
}

export function describeDemoUsers(created: string[]): string {
  if (created.length === 0) return 'Demo-accounts bestaan al.';
  return `Demo-accounts (wachtwoord "${DEMO_PASSWORD}", alleen voor de demo): ${created.join(', ')}.`;
}
