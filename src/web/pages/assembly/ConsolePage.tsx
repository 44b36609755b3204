import { Button, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { AssemblyState } from '../../../services/assembly/assembly-state.js';
import type { AttendanceWithMember } from '../../../store/repositories/attendance.js';
import { votedText } from '../../assembly/live-texts.js';
import { Crumbs } from '../../components/Crumbs.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { CsrfField, type Option, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { ActionButton } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';
import { AlternativeShares } from './AlternativeShares.js';
import { LiveStatus } from './LiveStatus.js';
import { VOTE_STATUS_WORDS } from './vote-words.js';

export type ConsoleData = {
  state: AssemblyState;
  attendance: AttendanceWithMember[];
  motions: Option[];
  members: Option[];
  values: FormValues;
  errors: FormErrors;
};

/** The chair's console: open a vote on a motion, follow it live, close it, publish the result; the register. */
export function ConsolePage({ ctx, data }: { ctx: PageContext; data: ConsoleData }) {
  const { state } = data;
  // The vote whose result the chair may record by hand: the open one, else the last prepared; no ballots yet.
  const byHand = [state.open, ...[...state.votes].reverse().filter((v) => v.status === 'created')].find(
    (v) => v && v.votedMembers === 0,
  );
  const base = `/beheer/vergaderingen/${state.meeting.id}/stemmen`;
  const title = `Stemmingen: ${state.meeting.title}`;
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs trail={[{ href: '/beheer', label: 'Beheer' }]} current={title} />
      <Heading1>{title}</Heading1>
      <ErrorSummary errors={data.errors} />
      <section aria-labelledby="live" className="mm-section">
        <Heading2 id="live">Nu</Heading2>
        <LiveStatus state={state} />
        <Paragraph>
          Scherm voor de zaal: <a href={`/vergaderingen/${state.meeting.id}/scherm`}>openbaar scherm</a>.{' '}
          {state.liveTally
            ? 'Het scherm toont de tussenstand terwijl een stemming open is.'
            : 'Het scherm toont de voortgang terwijl een stemming open is, de uitslag na het sluiten.'}
        </Paragraph>
        <ActionButton
          ctx={ctx}
          action={`${base}/tussenstand`}
          label={state.liveTally ? 'Tussenstand verbergen' : 'Tussenstand tonen tijdens de stemming'}
          hidden={{ tonen: state.liveTally ? 'nee' : 'ja' }}
        />
      </section>

      <section aria-labelledby="stemmingen" className="mm-section">
        <Heading2 id="stemmingen">Stemmingen</Heading2>
        {state.votes.length === 0 ? (
          <Paragraph>Er is nog geen stemming in deze vergadering.</Paragraph>
        ) : null}
        {state.votes.length > 0 ? (
          <div className="mm-table-wrap">
            <table className="mm-table">
              <caption className="mm-visually-hidden">Stemmingen van deze vergadering</caption>
              <thead>
                <tr>
                  <th scope="col">Onderwerp</th>
                  <th scope="col">Status</th>
                  <th scope="col">Gestemd</th>
                  <th scope="col">Uitslag</th>
                  <th scope="col">Actie</th>
                </tr>
              </thead>
              <tbody>
                {state.votes.map((v) => (
                  <tr key={v.id}>
                    <td>{v.subject}</td>
                    <td>{VOTE_STATUS_WORDS[v.status] ?? v.status}</td>
                    <td data-live={v.id === state.open?.id ? 'voted' : undefined}>{votedText(v)}</td>
                    <td>
                      {v.resultText ?? '–'}
                      <AlternativeShares result={v.result} />
                    </td>
                    <td>
                      {v.status === 'created' ? (
                        <ActionButton
                          ctx={ctx}
                          action={`${base}/${v.id}/openen`}
                          label={`Openen: ${v.subject}`}
                        />
                      ) : null}
                      {v.status === 'open' ? (
                        <ActionButton
                          ctx={ctx}
                          action={`${base}/${v.id}/sluiten`}
                          label={`Sluiten: ${v.subject}`}
                        />
                      ) : null}
                      {(v.status === 'open' || v.status === 'created') && v.votedMembers === 0 ? (
                        <ActionButton
                          ctx={ctx}
                          action={`${base}/${v.id}/hand`}
                          label={`Bij acclamatie aangenomen: ${v.subject}`}
                          hidden={{ wijze: 'acclamatie' }}
                        />
                      ) : null}
                      {v.status === 'closed' ? (
                        <ActionButton
                          ctx={ctx}
                          action={`${base}/${v.id}/publiceren`}
                          label={`Uitslag publiceren: ${v.subject}`}
                          appearance="primary-action-button"
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <form method="post" action={base} className="mm-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <SelectField
            id="veld-motion"
            name="motion"
            label="Stemming openen over een agendapunt"
            description="Een motie, een deel ervan, een amendement, het preadvies van het bestuur, een resolutie of de verantwoording als geheel."
            value={data.values.motion}
            error={data.errors.motion}
            options={data.motions}
            emptyLabel="Kies een agendapunt van deze vergadering"
            required
          />
          <TextAreaField
            id="veld-alternatives"
            name="alternatives"
            label="Alternatieven"
            optional
            description="Eén voorstel per regel, bijvoorbeeld: bestuursvoorstel, geamendeerd voorstel. Het stembiljet biedt dan deze voorstellen, tegen en onthouding. Leeg: voor, tegen en onthouding."
            value={data.values.alternatives}
            error={data.errors.alternatives}
            rows={3}
          />
          <Button type="submit" appearance="primary-action-button">
            Stemming openen
          </Button>
        </form>
        {byHand ? (
          <section aria-labelledby="uitslag-hand" className="mm-section">
            <Heading3 id="uitslag-hand">Uitslag met de hand: {byHand.subject}</Heading3>
            <form method="post" action={`${base}/${byHand.id}/hand`} className="mm-form" noValidate>
              <Paragraph>
                Bij een telling in de zaal (zonder stembiljetten): vul de getelde gewichten in. De uitslag
                wordt berekend met de meerderheidsregel en het quorum van de vereniging.
              </Paragraph>
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="wijze" value="analoog" />
              <TextField
                id="veld-voor"
                name="voor"
                label="Gewicht voor"
                value={data.values.voor}
                error={data.errors.voor}
              />
              <TextField
                id="veld-tegen"
                name="tegen"
                label="Gewicht tegen"
                value={data.values.tegen}
                error={data.errors.tegen}
              />
              <TextField
                id="veld-onthouding"
                name="onthouding"
                label="Gewicht onthouding"
                value={data.values.onthouding}
                error={data.errors.onthouding}
              />
              <Button type="submit" appearance="secondary-action-button">
                Getelde uitslag vastleggen
              </Button>
            </form>
          </section>
        ) : null}
      </section>

      <section aria-labelledby="presentie" className="mm-section">
        <Heading2 id="presentie">Presentielijst</Heading2>
        <form method="post" action={`${base}/aanwezig`} className="mm-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <SelectField
            id="veld-member"
            name="member"
            label="Gemeente"
            value={data.values.member}
            error={data.errors.member}
            options={data.members}
            emptyLabel="Kies de gemeente"
            required
          />
          <TextField
            id="veld-representative"
            name="representative"
            label="Vertegenwoordiger"
            description="Lid van college of raad, secretaris of griffier van deze gemeente. Een nieuwe naam voor een aanwezige gemeente geeft de stemkaart door."
            value={data.values.representative}
            error={data.errors.representative}
            required
          />
          <Button type="submit" appearance="secondary-action-button">
            Aanmelden bij de deur
          </Button>
        </form>
        {data.attendance.length === 0 ? <Paragraph>Nog niemand aangemeld.</Paragraph> : null}
        {data.attendance.length > 0 ? (
          <div className="mm-table-wrap">
            <table className="mm-table">
              <caption className="mm-visually-hidden">Aangemelde gemeenten</caption>
              <thead>
                <tr>
                  <th scope="col">Gemeente</th>
                  <th scope="col">Vertegenwoordiger</th>
                  <th scope="col">Gewicht</th>
                  <th scope="col">Aanwezig</th>
                </tr>
              </thead>
              <tbody>
                {data.attendance.map((a) => (
                  <tr key={a.id}>
                    <td>{a.memberName}</td>
                    <td>
                      {a.representative}
                      <span className="mm-meta">
                        {a.registeredBy === 'self' ? ' (zelf aangemeld)' : ' (bij de deur)'}
                      </span>
                    </td>
                    <td>{a.weight}</td>
                    <td>
                      {a.present ? (
                        <ActionButton
                          ctx={ctx}
                          action={`${base}/vertrek`}
                          label={`Vertrokken: ${a.memberName}`}
                          hidden={{ member: a.memberId }}
                        />
                      ) : (
                        'vertrokken'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Layout>
  );
}
