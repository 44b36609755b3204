import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { motionStatus } from '../../../domain/vocabulary/index.js';
import type { MemberWorkspace } from '../../../services/workspace/load-workspace.js';
import { Layout } from '../../components/Layout.js';
import { MemberBallots } from '../../components/MemberBallots.js';
import { ActionButton } from '../../components/StaffForm.js';
import type { PageContext } from '../../page-context.js';

export type WorkspaceData = MemberWorkspace & {
  meetingTitles: Map<string, string>;
  /** Ledenraadplegingen open today. */
  consultations: { id: string; subject: string }[];
};

const REGISTRATION_STATUS: Record<string, string> = {
  confirmed: 'aangemeld',
  waiting: 'op de wachtlijst',
  cancelled: 'afgemeld',
};

/** The municipality's own workspace: its motions, invitations to co-submit, votes, registrations and follows. */
export function WorkspacePage({ ctx, data }: { ctx: PageContext; data: WorkspaceData }) {
  const title = `Mijn gemeente: ${data.member.name}`;
  const meeting = (id: string | null) => (id ? (data.meetingTitles.get(id) ?? '') : '');
  return (
    <Layout ctx={ctx} title={title}>
      <Heading1>{title}</Heading1>
      <Paragraph>
        Ingelogd als <strong>{ctx.viewer?.name}</strong> namens {data.member.name}.{' '}
        <ActionButton ctx={ctx} action="/uitloggen" label="Uitloggen" />
      </Paragraph>
      <nav aria-labelledby="acties-kop" className="mm-section">
        <Heading2 id="acties-kop">Indienen</Heading2>
        <ul className="mm-kind-list mm-inline-list">
          <li>
            <a href="/mijn/moties/nieuw">Nieuwe motie</a>
          </li>
          <li>
            <a href="/mijn/amendementen/nieuw">Nieuw amendement</a>
          </li>
          <li>
            <a href={`/leden/${data.member.id}`}>Openbare pagina van {data.member.name}</a>
          </li>
        </ul>
      </nav>

      {data.consultations.length > 0 ? (
        <section aria-labelledby="raadplegingen-kop" className="mm-section">
          <Heading2 id="raadplegingen-kop">Ledenraadplegingen</Heading2>
          <ul>
            {data.consultations.map((c) => (
              <li key={c.id}>
                <a href={`/mijn/raadplegingen/${c.id}`}>{c.subject}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="uitnodigingen-kop" className="mm-section">
        <Heading2 id="uitnodigingen-kop">Uitnodigingen om mede in te dienen</Heading2>
        {data.invitations.length === 0 ? (
          <Paragraph>Er wachten geen uitnodigingen op uw antwoord.</Paragraph>
        ) : (
          <ul>
            {data.invitations.map((i) => (
              <li key={i.id}>
                <a href={`/mijn/uitnodigingen/${i.id}`}>{i.motionTitle}</a>
                {i.invitedByName ? <span className="mm-meta"> (van {i.invitedByName})</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="moties-kop" className="mm-section">
        <Heading2 id="moties-kop">Moties van {data.member.name}</Heading2>
        {data.motions.length === 0 ? (
          <Paragraph>Uw gemeente heeft nog geen moties ingediend.</Paragraph>
        ) : (
          <div className="mm-table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">
                {data.motionTotal} {data.motionTotal === 1 ? 'motie' : 'moties'}, nieuwste eerst
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Motie
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Status
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Vergadering
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Rol
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {data.motions.map((m) => (
                  <tr key={m.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">
                      <a href={`/mijn/moties/${m.id}`}>{m.title}</a>
                    </td>
                    <td className="utrecht-table__cell">{motionStatus.label(m.status)}</td>
                    <td className="utrecht-table__cell">{meeting(m.meetingId)}</td>
                    <td className="utrecht-table__cell">
                      {m.submitters[0]?.memberId === data.member.id ? 'indiener' : 'mede-indiener'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="stemmen-kop" className="mm-section">
        <Heading2 id="stemmen-kop">Stemmen van {data.member.name}</Heading2>
        {data.ballots.length === 0 ? (
          <Paragraph>Uw gemeente heeft nog niet gestemd.</Paragraph>
        ) : (
          <MemberBallots ballots={data.ballots} caption="Per stemming, nieuwste eerst" withStatus />
        )}
      </section>

      <section aria-labelledby="aanmeldingen-kop" className="mm-section">
        <Heading2 id="aanmeldingen-kop">Aanmeldingen voor vergaderingen</Heading2>
        {data.registrations.length === 0 ? (
          <Paragraph>Niemand van uw gemeente heeft zich aangemeld.</Paragraph>
        ) : (
          <ul>
            {data.registrations.map((r) => (
              <li key={r.id}>
                <a href={`/vergaderingen/${r.meetingId}`}>{meeting(r.meetingId) || 'Vergadering'}</a>:{' '}
                {r.personName || 'naam verwijderd'} ({REGISTRATION_STATUS[r.status] ?? r.status})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="volgen-kop" className="mm-section">
        <Heading2 id="volgen-kop">Moties die u volgt</Heading2>
        {data.followed.length === 0 ? (
          <Paragraph>
            U volgt nog geen moties. Op de pagina van elke motie kunt u haar volgen; u krijgt dan bericht bij
            elke verandering.
          </Paragraph>
        ) : (
          <ul>
            {data.followed.map((m) => (
              <li key={m.id}>
                <a href={`/moties/${m.id}`}>{m.title}</a>{' '}
                <span className="mm-meta">({motionStatus.label(m.status).toLowerCase()})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
