import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { FactionView } from '../../services/council/faction-overview.js';
import { Crumbs } from '../components/Crumbs.js';
import { DateText } from '../components/DateText.js';
import { Layout } from '../components/Layout.js';
import { formatNumber } from '../format.js';
import { type PageContext, wordsOf } from '../page-context.js';

/** One faction: its seats now and at the start, its members and the changes in the term. */
export function FactionPage({
  ctx,
  data,
}: {
  ctx: PageContext;
  data: { view: FactionView; referenceDate: string };
}) {
  const words = wordsOf(ctx);
  const { view } = data;
  const { faction } = view;
  return (
    <Layout ctx={ctx} title={faction.name}>
      <Crumbs trail={[{ href: '/fracties', label: words.members }]} current={faction.name} />
      <Heading1>{faction.name}</Heading1>
      <dl className="mm-facts">
        <dt>Afkorting</dt>
        <dd>{faction.shortName}</dd>
        <dt>Zetels</dt>
        <dd>
          {formatNumber(view.seatsNow)} op <DateText value={data.referenceDate} />
          {view.seatsNow !== faction.seats ? ` (${formatNumber(faction.seats)} bij de start)` : ''}
        </dd>
        <dt>Sinds</dt>
        <dd>
          <DateText value={faction.termStart} />
        </dd>
        {view.splitFrom ? (
          <>
            <dt>Afgesplitst van</dt>
            <dd>
              <a href={`/fracties/${view.splitFrom.id}`}>{view.splitFrom.name}</a>
            </dd>
          </>
        ) : null}
        {view.splitOff.length > 0 ? (
          <>
            <dt>Afsplitsingen</dt>
            <dd>
              {view.splitOff.map((f, i) => (
                <span key={f.id}>
                  {i > 0 ? ', ' : ''}
                  <a href={`/fracties/${f.id}`}>{f.name}</a>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <Heading2>{words.seatHolders}</Heading2>
      {view.members.length === 0 ? (
        <Paragraph>Deze {words.member} heeft geen leden meer.</Paragraph>
      ) : (
        <ul>
          {view.members.map((m) => (
            <li key={m.person.id}>
              {m.person.name}
              <span className="mm-meta">
                {' '}
                — lid sinds <DateText value={m.fromDate} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <Heading2>Wijzigingen</Heading2>
      {view.changes.length === 0 ? (
        <Paragraph>Geen wijzigingen in de zittingsperiode.</Paragraph>
      ) : (
        <ol>
          {view.changes.map((c) => (
            <li key={`${c.date}-${c.personName}-${c.kind}`}>
              <DateText value={c.date} />: {c.personName}{' '}
              {c.kind === 'left'
                ? `verliet de ${words.member}${c.note ? ` (${c.note})` : ''}`
                : `trad toe${c.note ? ` (kwam van ${c.note})` : ''}`}
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}
