import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { PROPOSAL_WORDS, STATUS_WORDS } from '../../../report/commitments-report.js';
import type {
  CommitmentEntryView,
  CommitmentRoundRecord,
} from '../../../store/repositories/commitment-rounds.js';
import { Crumbs } from '../../components/Crumbs.js';
import { DateText } from '../../components/DateText.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { CsrfField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

export type CommitmentRoundWorkspaceData = {
  round: CommitmentRoundRecord;
  meeting: { id: string; title: string; date: string };
  entries: CommitmentEntryView[];
  can: { propose: boolean; decide: boolean };
  /** What a refused form sent, so the typed values come back. */
  values: FormValues;
  errors: FormErrors;
};

/** Form words for the proposal and decision (the stored values are settle / keep). */
export const CHOICE_BY_WORD: Record<string, 'settle' | 'keep'> = { afdoen: 'settle', aanhouden: 'keep' };
const WORD_BY_CHOICE: Record<string, string> = { settle: 'afdoen', keep: 'aanhouden' };

function ChoiceSelect(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  emptyLabel: string;
  error?: string;
}) {
  return (
    <>
      <label htmlFor={props.id} className="mm-visually-hidden">
        {props.label}
      </label>
      {props.error ? (
        <p id={`${props.id}-fout`} className="utrecht-form-field-error-message">
          {props.error}
        </p>
      ) : null}
      <select
        id={props.id}
        name={props.name}
        defaultValue={props.value}
        className={`utrecht-select utrecht-select--html-select${props.error ? ' utrecht-select--invalid' : ''}`}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-fout` : undefined}
      >
        <option value="">{props.emptyLabel}</option>
        <option value="afdoen">afdoen</option>
        <option value="aanhouden">aanhouden</option>
      </select>
    </>
  );
}

/**
 * The griffie's page for a commitments round (toezeggingenlijst): the college's proposal per commitment
 * (afdoen or aanhouden, with an explanation), saved per row or all at once, and the council's decision.
 */
export function CommitmentRoundWorkspacePage({
  ctx,
  data,
}: {
  ctx: PageContext;
  data: CommitmentRoundWorkspaceData;
}) {
  const { round, meeting, entries, values, errors } = data;
  const base = `/beheer/toezeggingenlijsten/${round.id}`;
  const open = round.status === 'open';
  const missing = entries.filter((e) => !e.proposal).length;
  const proposalOf = (e: CommitmentEntryView) =>
    values[`voorstel-${e.id}`] ?? (e.proposal ? WORD_BY_CHOICE[e.proposal]! : '');
  const explanationOf = (e: CommitmentEntryView) => values[`toelichting-${e.id}`] ?? e.explanation ?? '';
  return (
    <Layout ctx={ctx} title={round.title}>
      <Crumbs
        trail={[
          { href: '/beheer', label: 'Beheer' },
          { href: '/beheer/toezeggingenlijsten', label: 'Toezeggingenlijsten' },
        ]}
        current={round.title}
      />
      <Heading1>{round.title}</Heading1>
      <Paragraph>
        Voor de <a href={`/vergaderingen/${meeting.id}`}>{meeting.title}</a> van{' '}
        <DateText value={meeting.date} />: {entries.length}{' '}
        {entries.length === 1 ? 'toezegging' : 'toezeggingen'}.{' '}
        {open ? (
          missing === 0 ? (
            'Bij elke toezegging staat een voorstel.'
          ) : (
            <>
              Nog zonder voorstel: <strong>{missing}</strong>.
            </>
          )
        ) : (
          <>
            De raad besloot op <DateText value={round.decidedOn} />.
          </>
        )}
      </Paragraph>
      <p>
        <a href={`/toezeggingenlijsten/${round.id}`}>Openbare toezeggingenlijst bekijken</a>
      </p>
      <ErrorSummary errors={errors} fieldIds={Object.fromEntries(Object.keys(errors).map((k) => [k, k]))} />

      <section aria-labelledby="voorstellen-kop" className="mm-section">
        <Heading2 id="voorstellen-kop">Voorstel van het college</Heading2>
        {open && data.can.propose ? (
          <Paragraph>
            Kies per toezegging afdoen of aanhouden en licht het voorstel toe. Sla één regel op met de knop in
            die regel, of alle regels tegelijk met de knop onder de tabel.
          </Paragraph>
        ) : null}
        <form method="post" action={`${base}/voorstellen`} className="mm-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <div className="mm-table-wrap">
            <table className="mm-table">
              <caption className="mm-visually-hidden">
                Toezeggingen met status, termijn, voorstel en toelichting
              </caption>
              <thead>
                <tr>
                  <th scope="col">Nr</th>
                  <th scope="col">Toezegging</th>
                  <th scope="col">Status en termijn</th>
                  <th scope="col">Voorstel</th>
                  <th scope="col">Toelichting</th>
                  {open && data.can.propose ? <th scope="col">Opslaan</th> : null}
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td>{e.position}</td>
                    <td>
                      <a href={`/afspraken/${e.agreementId}`}>{e.text}</a>
                      {e.portfolioHolder ? <div className="mm-meta">{e.portfolioHolder}</div> : null}
                    </td>
                    <td>
                      {STATUS_WORDS[e.status] ?? e.status}, termijn <DateText value={e.dueDate} />
                    </td>
                    {open && data.can.propose ? (
                      <>
                        <td>
                          <ChoiceSelect
                            id={`voorstel-${e.id}`}
                            name={`voorstel-${e.id}`}
                            label={`Voorstel bij toezegging ${e.position}`}
                            value={proposalOf(e)}
                            emptyLabel="Kies"
                            error={errors[`voorstel-${e.id}`]}
                          />
                        </td>
                        <td>
                          <label htmlFor={`toelichting-${e.id}`} className="mm-visually-hidden">
                            Toelichting bij toezegging {e.position}
                          </label>
                          {errors[`toelichting-${e.id}`] ? (
                            <p id={`toelichting-${e.id}-fout`} className="utrecht-form-field-error-message">
                              {errors[`toelichting-${e.id}`]}
                            </p>
                          ) : null}
                          <textarea
                            id={`toelichting-${e.id}`}
                            name={`toelichting-${e.id}`}
                            rows={3}
                            className="utrecht-textarea utrecht-textarea--html-textarea"
                            defaultValue={explanationOf(e)}
                            aria-describedby={
                              errors[`toelichting-${e.id}`] ? `toelichting-${e.id}-fout` : undefined
                            }
                          />
                        </td>
                        <td>
                          <Button
                            type="submit"
                            name="regel"
                            value={e.id}
                            appearance="secondary-action-button"
                          >
                            Opslaan<span className="mm-visually-hidden"> (toezegging {e.position})</span>
                          </Button>
                        </td>
                      </>
                    ) : (
                      <>
                        <td>{e.proposal ? PROPOSAL_WORDS[e.proposal] : '–'}</td>
                        <td>{e.explanation ?? '–'}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {open && data.can.propose && entries.length > 0 ? (
            <Button type="submit" appearance="primary-action-button">
              Alle voorstellen opslaan
            </Button>
          ) : null}
        </form>
      </section>

      <section aria-labelledby="besluit-kop" className="mm-section">
        <Heading2 id="besluit-kop">Besluit van de raad</Heading2>
        {!open ? (
          <Paragraph>
            De raad heeft besloten: {entries.filter((e) => e.decision === 'settle').length} afgedaan,{' '}
            {entries.filter((e) => e.decision === 'keep').length} aangehouden.
          </Paragraph>
        ) : data.can.decide ? (
          <form method="post" action={`${base}/besluiten`} className="mm-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            <Paragraph>
              De raad besluit zoals voorgesteld, tenzij u bij een toezegging anders kiest. Dat kan pas als bij
              elke toezegging een voorstel staat (of u hier het besluit kiest). Een afgedane toezegging krijgt
              de status afgedaan op de datum van de vergadering.
            </Paragraph>
            <div className="mm-table-wrap">
              <table className="mm-table">
                <caption className="mm-visually-hidden">Besluit van de raad per toezegging</caption>
                <thead>
                  <tr>
                    <th scope="col">Nr</th>
                    <th scope="col">Toezegging</th>
                    <th scope="col">Voorstel</th>
                    <th scope="col">Besluit</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.id}>
                      <td>{e.position}</td>
                      <td>{e.text}</td>
                      <td>{e.proposal ? PROPOSAL_WORDS[e.proposal] : 'nog geen voorstel'}</td>
                      <td>
                        <ChoiceSelect
                          id={`besluit-${e.id}`}
                          name={`besluit-${e.id}`}
                          label={`Besluit bij toezegging ${e.position}`}
                          value={values[`besluit-${e.id}`] ?? ''}
                          emptyLabel="zoals voorgesteld"
                          error={errors[`besluit-${e.id}`]}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Button type="submit" appearance="primary-action-button">
              Besluit van de raad vastleggen
            </Button>
          </form>
        ) : (
          <Paragraph>De raad heeft nog niet besloten.</Paragraph>
        )}
      </section>
    </Layout>
  );
}
