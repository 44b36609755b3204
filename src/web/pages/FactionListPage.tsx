import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { capitalise } from '../../domain/vocabulary/capitalise.js';
import type { FactionOverview } from '../../services/council/faction-overview.js';
import { DateText } from '../components/DateText.js';
import { Layout } from '../components/Layout.js';
import { formatNumber } from '../format.js';
import { type PageContext, wordsOf } from '../page-context.js';

/** A council's factions of the current term: seats, members, the executive and the changes mid-term. */
export function FactionListPage({ ctx, data }: { ctx: PageContext; data: FactionOverview }) {
  const words = wordsOf(ctx);
  const changed = data.factions.filter((f) => f.changes.length > 0);
  return (
    <Layout ctx={ctx} title={words.members}>
      <Heading1>{words.members}</Heading1>
      <Paragraph className="mm-meta">
        Samenstelling op <DateText value={data.referenceDate} /> (de laatste {words.meeting}):{' '}
        {formatNumber(data.totalSeats + data.independents.length)} zetels, {formatNumber(data.totalSeats)} in{' '}
        {formatNumber(data.factions.length)} {data.factions.length === 1 ? words.member : `${words.member}s`}
        {data.independents.length > 0
          ? ` en ${formatNumber(data.independents.length)} zonder ${words.member}`
          : ''}
        {data.termStart ? (
          <>
            , zittingsperiode vanaf <DateText value={data.termStart} />
          </>
        ) : null}
        .
      </Paragraph>
      <div className="mm-table-wrap">
        <table className="mm-table">
          <caption className="mm-visually-hidden">
            {words.members} met zetels en {words.member}leden
          </caption>
          <thead>
            <tr>
              <th scope="col">{capitalise(words.member)}</th>
              <th scope="col" className="mm-num">
                Zetels
              </th>
              <th scope="col">{words.seatHolders}</th>
            </tr>
          </thead>
          <tbody>
            {data.factions.map((f) => (
              <tr key={f.faction.id}>
                <td>
                  <a href={`/fracties/${f.faction.id}`}>{f.faction.name}</a>
                  {f.splitFrom ? (
                    <span className="mm-meta"> (afgesplitst van {f.splitFrom.name})</span>
                  ) : null}
                </td>
                <td className="mm-num">{formatNumber(f.seatsNow)}</td>
                <td>{f.members.map((m) => m.person.name).join(', ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.independents.length > 0 ? (
        <>
          <Heading2>Zonder {words.member}</Heading2>
          <ul>
            {data.independents.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading2>Het {words.executive}</Heading2>
      <ul>
        {[...data.mayor, ...data.aldermen].map((p) => (
          <li key={p.id}>
            {/^(burgemeester|wethouder)\b/i.test(p.name)
              ? p.name
              : `${p.role === 'mayor' ? 'Burgemeester' : 'Wethouder'} ${p.name}`}
            {p.portfolio ? <span className="mm-meta"> — {p.portfolio}</span> : null}
          </li>
        ))}
      </ul>
      <Heading2>Wijzigingen in de zittingsperiode</Heading2>
      {changed.length === 0 ? (
        <Paragraph>Geen: de {words.members.toLowerCase()} zijn sinds de installatie ongewijzigd.</Paragraph>
      ) : (
        <ul>
          {changed.flatMap((f) =>
            f.changes.map((c) => (
              <li key={`${f.faction.id}-${c.date}-${c.personName}-${c.kind}`}>
                <DateText value={c.date} />: {c.personName}{' '}
                {c.kind === 'left'
                  ? `verliet ${f.faction.name}${c.note ? ` (${c.note})` : ''}`
                  : `trad toe tot ${f.faction.name}${c.note ? ` (kwam van ${c.note})` : ''}`}
              </li>
            )),
          )}
        </ul>
      )}
    </Layout>
  );
}
