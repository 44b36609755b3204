import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { organisationKind } from '../../../domain/vocabulary/index.js';
import type { OrganisationRecord } from '../../../store/repositories/organisations.js';
import { Crumbs } from '../../components/Crumbs.js';
import { Layout } from '../../components/Layout.js';
import type { PageContext } from '../../page-context.js';

/** The organisations of this installation, each with the address of its portal (ADR 009). */
export function OrganisationListPage({
  ctx,
  organisations,
  currentId,
}: {
  ctx: PageContext;
  organisations: OrganisationRecord[];
  currentId: string;
}) {
  return (
    <Layout ctx={ctx} title="Organisaties">
      <Crumbs trail={[{ href: '/beheer', label: 'Beheer' }]} current="Organisaties" />
      <Heading1>Organisaties</Heading1>
      <Paragraph>
        Deze installatie bedient meerdere organisaties, elk met een eigen portaal, eigen gebruikers en eigen
        registers. <a href="/beheer/organisaties/nieuw">Nieuwe organisatie</a>.
      </Paragraph>
      <div className="mm-table-wrap">
        <table className="mm-table">
          <caption className="mm-visually-hidden">Organisaties met hun soort en portaal</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Soort</th>
              <th scope="col">Portaal</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((org) => (
              <tr key={org.id}>
                <td>
                  <a href={`/beheer/organisaties/${org.id}`}>{org.name}</a>
                  {org.id === currentId ? ' (deze organisatie)' : null}
                </td>
                <td>{organisationKind.label(org.kind ?? 'vereniging')}</td>
                <td>
                  <code>{`/o/${org.slug}/`}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
