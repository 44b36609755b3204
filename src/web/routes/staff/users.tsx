import type { FastifyInstance } from 'fastify';
import { MIN_PASSWORD_LENGTH, USER_ROLES } from '../../../auth/index.js';
import { role } from '../../../domain/vocabulary/index.js';
import { createUserAccount } from '../../../services/users/create-user-account.js';
import { editUserAccount } from '../../../services/users/edit-user-account.js';
import { listMembers } from '../../../store/repositories/members.js';
import { getUser, listUsers, type UserRecord } from '../../../store/repositories/users.js';
import type { FieldSpec } from '../../components/SpecFields.js';
import { invalidField, orNull } from '../../forms.js';
import { UserListPage } from '../../pages/staff/UserListPage.js';
import { staffContext, staffOnly } from '../../staff.js';
import { memberOptions } from '../../staff-options.js';
import { sendPage, type Web } from '../../web.js';
import { registerRecordRoutes } from './record-routes.js';

const ROLE_OPTIONS = USER_ROLES.map((r) => ({ value: r, label: role.label(r) }));
const FIELDS = { email: 'email', rol: 'role', lid: 'memberId', wachtwoord: 'password', naam: 'name' };

/** User management, for administrators only (policy user.write). */
export function staffUserRoutes(app: FastifyInstance, web: Web): void {
  const { db, organisation } = web.ctx;
  const specs = async (creating: boolean): Promise<FieldSpec[]> => [
    ...(creating
      ? [{ name: 'email', label: 'E-mailadres', kind: 'email', required: true } as FieldSpec]
      : []),
    { name: 'name', label: 'Naam', kind: 'text' },
    { name: 'role', label: 'Rol', kind: 'select', required: true, options: ROLE_OPTIONS, emptyLabel: 'Kies' },
    {
      name: 'memberId',
      label: 'Lid (gemeente)',
      kind: 'select',
      options: await memberOptions(web),
      emptyLabel: 'Geen',
      description: 'Alleen voor vertegenwoordigers van een lid.',
    },
    {
      name: 'password',
      label: creating ? 'Wachtwoord' : 'Nieuw wachtwoord',
      kind: 'password',
      description: `Minstens ${MIN_PASSWORD_LENGTH} tekens.${creating ? '' : ' Leeg laten om het wachtwoord te houden.'}`,
    },
    ...(creating ? [] : [{ name: 'disabled', label: 'Account geblokkeerd', kind: 'checkbox' } as FieldSpec]),
  ];
  const checkPassword = (password: string | undefined) => {
    if (password && password.length < MIN_PASSWORD_LENGTH)
      throw invalidField('password', `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.`);
  };

  app.get('/beheer/gebruikers', { preHandler: staffOnly('user.read') }, async (request, reply) => {
    const [users, members] = await Promise.all([
      listUsers(db, organisation.id, {}, { limit: 1000, offset: 0 }, 'email'),
      listMembers(db, organisation.id),
    ]);
    const memberNames = new Map(members.map((m) => [m.id, m.name]));
    const ctx = await staffContext(web, request, reply);
    return sendPage(reply, <UserListPage ctx={ctx} users={users.items} memberNames={memberNames} />);
  });

  registerRecordRoutes<UserRecord>(app, web, {
    path: '/beheer/gebruikers',
    action: 'user.write',
    name: { new: 'Nieuwe gebruiker', edit: (u) => `Gebruiker: ${u.email}` },
    specs: (user) => specs(user === null),
    load: (id) => getUser(db, organisation.id, id),
    values: (u) => ({
      name: u.name ?? '',
      role: u.role,
      memberId: u.memberId ?? '',
      disabled: u.disabledAt ? 'ja' : '',
    }),
    create: (v, writer) => {
      checkPassword(v.password);
      return createUserAccount({
        db,
        writer,
        account: {
          email: v.email,
          name: orNull(v.name),
          role: v.role,
          memberId: orNull(v.memberId),
          password: orNull(v.password),
        },
      });
    },
    update: (u, v, writer) => {
      checkPassword(v.password);
      return editUserAccount({
        db,
        writer,
        userId: u.id,
        changes: {
          name: orNull(v.name),
          role: v.role,
          memberId: orNull(v.memberId),
          password: v.password || undefined,
          disabled: v.disabled === 'ja',
        },
      });
    },
    backTo: { href: '/beheer/gebruikers', label: 'Alle gebruikers' },
    fields: FIELDS,
  });
}
