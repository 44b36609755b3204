import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { AssemblyState } from '../../../services/assembly/assembly-state.js';
import { Layout } from '../../components/Layout.js';
import type { PageContext } from '../../page-context.js';
import { AlternativeShares } from './AlternativeShares.js';
import { LiveStatus } from './LiveStatus.js';

/** The screen in the hall: progress while a vote is open, the published results. */
export function ScreenPage({
  ctx,
  state,
  refreshing,
}: {
  ctx: PageContext;
  state: AssemblyState;
  refreshing: boolean;
}) {
  // The result shows from the close on (the tally while open only when the meeting shows it: LiveStatus).
  const published = state.votes.filter((v) => v.status === 'published' || v.status === 'closed');
  const title = `Stemmingen: ${state.meeting.title}`;
  return (
    <Layout ctx={ctx} title={title}>
      <Heading1>{title}</Heading1>
      <LiveStatus state={state} />
      <noscript>
        <Paragraph>
          {refreshing ? (
            'Deze pagina ververst zich elke tien seconden.'
          ) : (
            <a href={`/vergaderingen/${state.meeting.id}/scherm?verversen=ja`}>
              Zonder JavaScript: elke tien seconden verversen
            </a>
          )}
        </Paragraph>
      </noscript>
      <section aria-labelledby="uitslagen" className="mm-section">
        <Heading2 id="uitslagen">Uitslagen</Heading2>
        {published.length === 0 ? <Paragraph>Nog geen uitslagen.</Paragraph> : null}
        <ul className="mm-plain-list">
          {published.map((v) => (
            <li key={v.id}>
              <strong>{v.subject}</strong>: {v.resultText}
              {v.status === 'closed' ? ' (nog niet gepubliceerd)' : ''}
              <AlternativeShares result={v.result} />
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
