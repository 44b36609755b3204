import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { PollRecord, PollWithQuestions } from '../../../store/repositories/polls.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { Crumbs } from '../../components/Crumbs.js';
import { DateText } from '../../components/DateText.js';
import { type Option, RadioGroup, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { ActionButton, StaffForm } from '../../components/StaffForm.js';
import { formatNumber } from '../../format.js';
import type { FormErrors, FormValues } from '../../forms.js';
import { type PageContext, viewerMay } from '../../page-context.js';
import { POLL_STATUS_LABELS, ResponseRate } from './PollPages.js';

export const QUESTION_SLOTS = 5;
const KIND_OPTIONS: Option[] = [
  { value: 'single-choice', label: 'Eén keuze' },
  { value: 'multiple-choice', label: 'Meerdere keuzes' },
  { value: 'scale', label: 'Schaal (1 tot 5)' },
  { value: 'open', label: 'Open vraag' },
];

export function StaffPollListPage({
  ctx,
  polls,
}: {
  ctx: PageContext;
  polls: (PollRecord & { respondents: number; audienceSize: number })[];
}) {
  return (
    <Layout ctx={ctx} title="Ledenpeilingen beheren">
      <Crumbs trail={[{ href: '/beheer', label: 'Beheer' }]} current="Ledenpeilingen" />
      <Heading1>Ledenpeilingen beheren</Heading1>
      {viewerMay(ctx.viewer, 'poll.write') ? (
        <Paragraph>
          <a href="/beheer/peilingen/nieuw">Nieuwe peiling</a>
        </Paragraph>
      ) : null}
      <div className="mm-table-wrap">
        <table className="mm-table">
          <caption className="mm-visually-hidden">Ledenpeilingen</caption>
          <thead>
            <tr>
              <th scope="col">Peiling</th>
              <th scope="col">Status</th>
              <th scope="col">Sluit op</th>
              <th scope="col" className="mm-num">
                Respons
              </th>
            </tr>
          </thead>
          <tbody>
            {polls.map((p) => (
              <tr key={p.id}>
                <td>
                  <a href={`/beheer/peilingen/${p.id}`}>{p.title}</a>
                </td>
                <td>{POLL_STATUS_LABELS[p.status] ?? p.status}</td>
                <td>
                  <DateText value={p.closesAt} />
                </td>
                <td className="mm-num">
                  {formatNumber(p.respondents)} van {formatNumber(p.audienceSize)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export const POLL_FIELD_IDS: Record<string, string> = {
  titel: 'veld-titel',
  sluitOp: 'veld-sluitOp',
  doelgroep: 'veld-doelgroep',
  resolutie: 'veld-resolutie',
  vragen: 'veld-vraag-1-tekst',
  ...Object.fromEntries(
    Array.from({ length: QUESTION_SLOTS }, (_, i) => [
      [`vragen.${i}.tekst`, `veld-vraag-${i + 1}-tekst`],
      [`vragen.${i}.soort`, `veld-vraag-${i + 1}-soort`],
      [`vragen.${i}.opties`, `veld-vraag-${i + 1}-opties`],
    ]).flat(),
  ),
};

export function StaffPollFormPage({
  ctx,
  values,
  errors,
  provinces,
  resolutions,
  chosenProvinces,
}: {
  ctx: PageContext;
  values: FormValues;
  errors: FormErrors;
  provinces: string[];
  resolutions: Option[];
  chosenProvinces: string[];
}) {
  const err = (key: string) => errors[key];
  return (
    <StaffForm
      ctx={ctx}
      title="Nieuwe ledenpeiling"
      action="/beheer/peilingen/nieuw"
      submitLabel="Peiling opslaan"
      errors={Object.fromEntries(
        Object.entries(errors).map(([k, v]) => [POLL_FIELD_IDS[k]?.replace(/^veld-/, '') ?? k, v]),
      )}
      trail={[{ href: '/beheer/peilingen', label: 'Ledenpeilingen' }]}
      intro={
        <Paragraph>De peiling wordt opgeslagen in voorbereiding; openen stuurt de uitnodigingen.</Paragraph>
      }
    >
      <TextField
        id="veld-titel"
        name="titel"
        label="Titel"
        value={values.titel}
        error={err('titel')}
        required
      />
      <TextAreaField
        id="veld-omschrijving"
        name="omschrijving"
        label="Toelichting"
        value={values.omschrijving}
        optional
        rows={3}
      />
      <TextField
        id="veld-sluitOp"
        name="sluitOp"
        type="date"
        label="Sluit op"
        value={values.sluitOp}
        error={err('sluitOp')}
        required
      />
      <RadioGroup
        id="veld-doelgroep"
        name="doelgroep"
        legend="Doelgroep"
        options={[
          { value: 'alle', label: 'Alle leden' },
          { value: 'provincies', label: 'Leden in de gekozen provincies' },
        ]}
        value={values.doelgroep || 'alle'}
        error={err('doelgroep')}
      />
      <CheckboxGroup
        id="veld-provincies"
        name="provincies"
        legend="Provincies (bij ‘Leden in de gekozen provincies’)"
        options={provinces.map((p) => ({ value: p, label: p }))}
        values={chosenProvinces}
      />
      <SelectField
        id="veld-resolutie"
        name="resolutie"
        label="Resolutie"
        description="De resolutie waarvoor deze peiling het standpunt van de leden ophaalt."
        options={resolutions}
        emptyLabel="Geen"
        value={values.resolutie}
        error={err('resolutie')}
        optional
      />
      <RadioGroup
        id="veld-perGemeente"
        name="perGemeente"
        legend="Antwoorden per gemeente publiceren?"
        options={[
          { value: 'nee', label: 'Nee, alleen de totalen' },
          { value: 'ja', label: 'Ja, ook per gemeente' },
        ]}
        value={values.perGemeente || 'nee'}
      />
      {Array.from({ length: QUESTION_SLOTS }, (_, i) => {
        const n = i + 1;
        return (
          <fieldset key={n} className="utrecht-form-fieldset mm-question">
            <legend className="utrecht-form-fieldset__legend">
              Vraag {n}
              {n > 1 ? ' (niet verplicht)' : ''}
            </legend>
            <TextField
              id={`veld-vraag-${n}-tekst`}
              name={`vraag${n}Tekst`}
              label="Vraag"
              value={values[`vraag${n}Tekst`]}
              error={err(`vragen.${i}.tekst`) ?? (i === 0 ? err('vragen') : undefined)}
            />
            <SelectField
              id={`veld-vraag-${n}-soort`}
              name={`vraag${n}Soort`}
              label="Soort vraag"
              options={KIND_OPTIONS}
              value={values[`vraag${n}Soort`] || 'single-choice'}
              error={err(`vragen.${i}.soort`)}
            />
            <TextAreaField
              id={`veld-vraag-${n}-opties`}
              name={`vraag${n}Opties`}
              label="Antwoordmogelijkheden"
              description="Eén per regel. Bij een schaal leeg laten voor 1 tot 5; bij een open vraag leeg."
              rows={3}
              value={values[`vraag${n}Opties`]}
              error={err(`vragen.${i}.opties`)}
            />
          </fieldset>
        );
      })}
    </StaffForm>
  );
}

export function StaffPollPage({
  ctx,
  poll,
  rate,
}: {
  ctx: PageContext;
  poll: PollWithQuestions;
  rate: { respondents: number; audience: number; percentage: number };
}) {
  return (
    <Layout ctx={ctx} title={poll.title}>
      <Crumbs
        trail={[
          { href: '/beheer', label: 'Beheer' },
          { href: '/beheer/peilingen', label: 'Ledenpeilingen' },
        ]}
        current={poll.title}
      />
      <Heading1>{poll.title}</Heading1>
      <Paragraph>
        Status: {POLL_STATUS_LABELS[poll.status] ?? poll.status}. Sluit op <DateText value={poll.closesAt} />.{' '}
        <a href={`/peilingen/${poll.id}`}>Openbare pagina met uitslag</a> ·{' '}
        <a className="mm-target-link" href={`/beheer/peilingen/${poll.id}/uitslag.csv`} download>
          Antwoorden per gemeente (CSV)
        </a>
      </Paragraph>
      <ResponseRate rate={rate} />
      {poll.status === 'draft' && viewerMay(ctx.viewer, 'poll.write') ? (
        <ActionButton
          ctx={ctx}
          action={`/beheer/peilingen/${poll.id}/openen`}
          label="Peiling openen en uitnodigingen versturen"
          appearance="primary-action-button"
        />
      ) : null}
      {poll.status === 'open' && viewerMay(ctx.viewer, 'poll.write') ? (
        <ActionButton ctx={ctx} action={`/beheer/peilingen/${poll.id}/sluiten`} label="Peiling sluiten" />
      ) : null}
      <Heading2>Vragen</Heading2>
      <ol>
        {poll.questions.map((q) => (
          <li key={q.id}>
            {q.text}
            {q.options.length ? <span className="mm-meta"> ({q.options.join(' / ')})</span> : null}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
