import { Heading1, Heading2 } from '@utrecht/component-library-react';
import { meetingKind } from '../../domain/vocabulary/index.js';
import type { MeetingRecord } from '../../store/repositories/meetings.js';
import { DateText } from '../components/DateText.js';
import { Layout } from '../components/Layout.js';
import type { PageContext } from '../page-context.js';

export type MeetingListData = { upcoming: MeetingRecord[]; past: MeetingRecord[] };

function MeetingItem({ m }: { m: MeetingRecord }) {
  return (
    <li className="mm-result">
      <h3 className="utrecht-heading-3">
        <a href={`/vergaderingen/${m.id}`}>{m.title}</a>
      </h3>
      <p className="mm-meta">
        {meetingKind.label(m.kind)} · <DateText value={m.date} />
        {m.place ? ` · ${m.place}` : ''}
      </p>
    </li>
  );
}

export function MeetingListPage({ ctx, data }: { ctx: PageContext; data: MeetingListData }) {
  return (
    <Layout ctx={ctx} title="Vergaderingen">
      <Heading1>Vergaderingen</Heading1>
      <section aria-labelledby="komend" className="mm-section">
        <Heading2 id="komend">Komende vergaderingen</Heading2>
        {data.upcoming.length === 0 ? <p>Er zijn geen vergaderingen gepland.</p> : null}
        <ul className="mm-plain-list">
          {data.upcoming.map((m) => (
            <MeetingItem key={m.id} m={m} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="eerder" className="mm-section">
        <Heading2 id="eerder">Eerdere vergaderingen</Heading2>
        <ul className="mm-plain-list">
          {data.past.map((m) => (
            <MeetingItem key={m.id} m={m} />
          ))}
        </ul>
      </section>
    </Layout>
  );
}
