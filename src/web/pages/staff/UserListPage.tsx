import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { capitalise, role } from '../../../domain/vocabulary/index.js';
import type { UserRecord } from '../../../store/repositories/users.js';
import { Crumbs } from '../../components/Crumbs.js';
import { Layout } from '../../components/Layout.js';
import { type PageContext, wordsOf } from '../../page-context.js';

export function UserListPage({
  ctx,
  users,
  memberNames,
}: {
  ctx: PageContext;
  users: UserRecord[];
  memberNames: Map<string, string>;
}) {
  return (
    <Layout ctx={ctx} title="Gebruikers">
      <Crumbs trail={[{ href: '/beheer', label: 'Beheer' }]} current="Gebruikers" />
      <Heading1>Gebruikers</Heading1>
      <Paragraph>
        <a href="/beheer/gebruikers/nieuw">Nieuwe gebruiker</a>. Accounts worden nooit verwijderd, alleen
        geblokkeerd: de audittrail verwijst ernaar.
      </Paragraph>
      <div className="mm-table-wrap">
        <table className="mm-table">
          <caption className="mm-visually-hidden">Gebruikers met hun rol</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">E-mailadres</th>
              <th scope="col">Rol</th>
              <th scope="col">{capitalise(wordsOf(ctx).member)}</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <a href={`/beheer/gebruikers/${u.id}`}>{u.name ?? u.email}</a>
                </td>
                <td>{u.email}</td>
                <td>{role.label(u.role)}</td>
                <td>{u.memberId ? (memberNames.get(u.memberId) ?? '–') : '–'}</td>
                <td>{u.disabledAt ? 'Geblokkeerd' : 'Actief'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
