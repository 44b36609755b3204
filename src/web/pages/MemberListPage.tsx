import { Button, Heading1 } from '@utrecht/component-library-react';
import type { MemberRecord } from '../../store/repositories/members.js';
import { TextField } from '../components/fields.js';
import { Layout } from '../components/Layout.js';
import { formatNumber } from '../format.js';
import type { PageContext } from '../page-context.js';

export type MemberListData = { members: MemberRecord[]; motionCounts: Map<string, number>; name: string };

export function MemberListPage({ ctx, data }: { ctx: PageContext; data: MemberListData }) {
  return (
    <Layout ctx={ctx} title="Leden">
      <Heading1>Leden</Heading1>
      <form method="get" action="/leden" className="mm-compare" aria-label="Leden zoeken">
        <TextField id="leden-naam" name="naam" type="search" label="Naam van de gemeente" value={data.name} />
        <Button type="submit" appearance="secondary-action-button">
          Zoek
        </Button>
      </form>
      <p className="mm-meta">
        {formatNumber(data.members.length)} {data.members.length === 1 ? 'lid' : 'leden'}
        {data.name ? ` met "${data.name}" in de naam` : ''}.
      </p>
      <div className="mm-table-wrap">
        <table className="mm-table">
          <caption className="mm-visually-hidden">Leden met provincie, inwoners en aantal moties</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Provincie</th>
              <th scope="col" className="mm-num">
                Inwoners
              </th>
              <th scope="col" className="mm-num">
                Moties
              </th>
            </tr>
          </thead>
          <tbody>
            {data.members.map((m) => (
              <tr key={m.id}>
                <td>
                  <a href={`/leden/${m.id}`}>{m.name}</a>
                  {m.status !== 'active' ? <span className="mm-meta"> (opgeheven)</span> : null}
                </td>
                <td>{m.province ?? '–'}</td>
                <td className="mm-num">{m.inhabitants === null ? '–' : formatNumber(m.inhabitants)}</td>
                <td className="mm-num">{formatNumber(data.motionCounts.get(m.id) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
