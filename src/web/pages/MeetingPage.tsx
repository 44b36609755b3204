import { DataList, Heading1, Heading2 } from '@utrecht/component-library-react';
import {
  agendaPurpose,
  meetingKind,
  meetingStatus,
  resolutionStatus,
  roundStatus,
} from '../../domain/vocabulary/index.js';
import type { AccountabilityRoundRecord } from '../../store/repositories/accountability.js';
import type { AgendaItemRecord, MeetingRecord } from '../../store/repositories/meetings.js';
import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import type { ResolutionRecord } from '../../store/repositories/resolutions.js';
import { Crumbs } from '../components/Crumbs.js';
import { DateText } from '../components/DateText.js';
import { EditLink } from '../components/EditLink.js';
import { Fact } from '../components/Fact.js';
import { Layout } from '../components/Layout.js';
import { submitterText } from '../components/MotionListItem.js';
import { MotionStatusBadge } from '../components/StatusBadge.js';
import { voteWording } from '../motion-timeline.js';
import type { PageContext } from '../page-context.js';
import { AssemblyLinks } from './assembly/AssemblyLinks.js';

export type MeetingPageData = {
  meeting: MeetingRecord;
  agenda: AgendaItemRecord[];
  motions: MotionWithSubmitters[];
  motionTotal: number;
  resolutions: ResolutionRecord[];
  rounds: AccountabilityRoundRecord[];
  /** Ledenraadplegingen whose result this meeting is asked to ratify. */
  remoteVotes?: { id: string; subject: string }[];
  /** Visitors can sign up (a planned meeting, not yet past, registration open). */
  registrable?: boolean;
};

export function MeetingPage({ ctx, data }: { ctx: PageContext; data: MeetingPageData }) {
  const { meeting: m } = data;
  const time = [m.startTime, m.endTime].filter(Boolean).join('–');
  const byItem = (itemId: string) => ({
    motions: data.motions.filter((x) => x.agendaItemId === itemId),
    resolutions: data.resolutions.filter((x) => x.agendaItemId === itemId),
    rounds: data.rounds.filter((x) => x.agendaItemId === itemId),
  });
  return (
    <Layout ctx={ctx} title={m.title}>
      <Crumbs trail={[{ href: '/vergaderingen', label: 'Vergaderingen' }]} current={m.title} />
      <Heading1>{m.title}</Heading1>
      <EditLink
        ctx={ctx}
        href={`/beheer/vergaderingen/${m.id}`}
        label="Vergadering bewerken"
        action="meeting.write"
      />
      <EditLink
        ctx={ctx}
        href={`/beheer/vergaderingen/${m.id}/aanmeldingen`}
        label="Aanmeldingen"
        action="meeting.write"
      />
      <AssemblyLinks ctx={ctx} meetingId={m.id} />
      <DataList className="mm-facts">
        <Fact label="Soort">{meetingKind.label(m.kind)}</Fact>
        <Fact label="Datum">
          <DateText value={m.date} />
          {time ? `, ${time} uur` : ''}
        </Fact>
        {m.place ? <Fact label="Plaats">{m.place}</Fact> : null}
        <Fact label="Status">{meetingStatus.label(m.status)}</Fact>
      </DataList>
      {data.registrable ? (
        <p>
          <a
            href={`/vergaderingen/${m.id}/aanmelden`}
            className="utrecht-button-link utrecht-button-link--primary-action"
          >
            Aanmelden
          </a>{' '}
          <a href={`/api/v1/vergaderingen/${m.id}/kalender`}>In uw agenda zetten (ICS)</a>
        </p>
      ) : null}
      <AccountabilityReports rounds={data.rounds} meetingId={m.id} />
      <section aria-labelledby="agenda" className="mm-section">
        <Heading2 id="agenda">Agenda</Heading2>
        {data.agenda.length + (data.remoteVotes?.length ?? 0) === 0 ? (
          <p>De agenda is nog niet vastgesteld.</p>
        ) : null}
        <ol className="mm-plain-list">
          {data.agenda.map((item) => {
            const linked = byItem(item.id);
            return (
              <li key={item.id} className="mm-result">
                <h3 className="utrecht-heading-3">
                  {item.number}. {item.title}
                </h3>
                <p className="mm-meta">{agendaPurpose.label(item.purpose)}</p>
                <Linked {...linked} />
              </li>
            );
          })}
          {(data.remoteVotes ?? []).map((r) => (
            <li key={r.id} className="mm-result">
              <h3 className="utrecht-heading-3">
                Bekrachtiging ledenraadpleging: <a href={`/raadplegingen/${r.id}`}>{r.subject}</a>
              </h3>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="uitslagen" className="mm-section">
        <Heading2 id="uitslagen">Moties en uitslagen</Heading2>
        {data.motions.length === 0 ? (
          <p>Op deze vergadering zijn geen moties behandeld.</p>
        ) : (
          <ResultsTable motions={data.motions} />
        )}
        {data.motionTotal > data.motions.length ? (
          <p>
            <a href={`/moties?vergadering=${m.id}`}>Alle {data.motionTotal} moties van deze vergadering</a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}

/**
 * The accountability report presented at this meeting, to read or download; a round still in preparation
 * is not public.
 */
function AccountabilityReports({
  rounds,
  meetingId,
}: {
  rounds: AccountabilityRoundRecord[];
  meetingId: string;
}) {
  const shown = rounds.filter((r) => r.status !== 'open');
  if (shown.length === 0) return null;
  const base = `/vergaderingen/${meetingId}/verantwoording`;
  return (
    <section aria-labelledby="verantwoording" className="mm-section">
      <Heading2 id="verantwoording">Verantwoording over uitvoering moties</Heading2>
      {shown.map((r) => (
        <div key={r.id}>
          <p>
            {r.title} ({roundStatus.label(r.status)}
            {r.voteResult ? `; stemming over de verantwoording als geheel: ${r.voteResult}` : ''}).
          </p>
          <ul className="mm-kind-list mm-inline-list">
            <li>
              <a href={`${base}.html`}>Rapport lezen (HTML)</a>
            </li>
            <li>
              <a href={`${base}.pdf`}>PDF</a>
            </li>
            <li>
              <a href={`${base}.docx`}>Word (DOCX)</a>
            </li>
          </ul>
        </div>
      ))}
    </section>
  );
}

function Linked({ motions, resolutions, rounds }: MeetingLinks) {
  if (motions.length + resolutions.length + rounds.length === 0) return null;
  return (
    <ul>
      {resolutions.map((r) => (
        <li key={r.id}>
          <a href={`/resoluties/${r.id}`}>{r.title}</a> ({resolutionStatus.label(r.status)}
          {r.voteResult ? `, ${r.voteResult}` : ''})
        </li>
      ))}
      {rounds.map((r) => (
        <li key={r.id}>
          {r.status === 'open' ? (
            r.title
          ) : (
            <a href={`/vergaderingen/${r.meetingId}/verantwoording.html`}>{r.title}</a>
          )}{' '}
          ({roundStatus.label(r.status)})
        </li>
      ))}
      {motions.map((x) => (
        <li key={x.id}>
          <a href={`/moties/${x.id}`}>{x.title}</a>
        </li>
      ))}
    </ul>
  );
}

type MeetingLinks = {
  motions: MotionWithSubmitters[];
  resolutions: ResolutionRecord[];
  rounds: AccountabilityRoundRecord[];
};

function ResultsTable({ motions }: { motions: MotionWithSubmitters[] }) {
  return (
    <div className="mm-table-wrap">
      <table className="mm-table">
        <caption className="mm-visually-hidden">
          Moties op deze vergadering met de uitslag van de stemming
        </caption>
        <thead>
          <tr>
            <th scope="col">Motie</th>
            <th scope="col">Indieners</th>
            <th scope="col">Status</th>
            <th scope="col">Uitslag</th>
          </tr>
        </thead>
        <tbody>
          {motions.map((x) => (
            <tr key={x.id}>
              <td>
                <a href={`/moties/${x.id}`}>{x.title}</a>
              </td>
              <td>{submitterText(x)}</td>
              <td>
                <MotionStatusBadge status={x.status} />
              </td>
              <td>{voteWording(x) ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
