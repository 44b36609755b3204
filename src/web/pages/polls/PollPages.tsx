import { Button, DataList, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { countOpenAnswers } from '../../../domain/open-answers.js';
import type { GroupResult, QuestionResult } from '../../../domain/poll-results.js';
import type { PollResults } from '../../../services/polls/poll-results.js';
import type { PollRecord, PollWithQuestions } from '../../../store/repositories/polls.js';
import { BarChart } from '../../components/BarChart.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { Crumbs } from '../../components/Crumbs.js';
import { DateText } from '../../components/DateText.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Fact } from '../../components/Fact.js';
import { CsrfField, RadioGroup, SelectField, TextAreaField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { formatNumber, formatPercent } from '../../format.js';
import type { FormErrors } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

export const POLL_STATUS_LABELS: Record<string, string> = {
  draft: 'In voorbereiding',
  open: 'Open',
  closed: 'Gesloten',
};
const KIND_LABELS: Record<string, string> = {
  'single-choice': 'één keuze',
  'multiple-choice': 'meerdere keuzes',
  scale: 'schaal',
  open: 'open vraag',
};

const audienceText = (p: PollRecord) =>
  p.audience.kind === 'all' ? 'Alle leden' : `Leden in ${p.audience.provinces.join(', ')}`;

type Rate = PollResults['rate'];

/** "161 van 342 gemeenten (47,1%)" with a bar that is decoration only. */
export function ResponseRate({ rate }: { rate: Rate }) {
  return (
    <div className="mm-section">
      <p className="mm-rate">
        {formatNumber(rate.respondents)} van {formatNumber(rate.audience)} gemeenten hebben geantwoord (
        {formatNumber(rate.percentage)}%)
      </p>
      <div className="mm-rate-bar" aria-hidden="true">
        <div className="mm-rate-bar__fill" style={{ inlineSize: `${Math.min(100, rate.percentage)}%` }} />
      </div>
    </div>
  );
}

export type PollListData = { open: (PollRecord & { rate: Rate })[]; closed: (PollRecord & { rate: Rate })[] };

export function PollListPage({ ctx, data }: { ctx: PageContext; data: PollListData }) {
  const list = (polls: PollListData['open'], empty: string) =>
    polls.length === 0 ? (
      <Paragraph>{empty}</Paragraph>
    ) : (
      <ul className="mm-plain-list">
        {polls.map((p) => (
          <li key={p.id} className="mm-result">
            <h3 className="utrecht-heading-3">
              <a href={`/peilingen/${p.id}`}>{p.title}</a>
            </h3>
            <p className="mm-meta">
              {p.status === 'open' ? 'Sluit op ' : 'Gesloten op '}
              <DateText value={p.closesAt} /> · {formatNumber(p.rate.respondents)} van{' '}
              {formatNumber(p.rate.audience)} gemeenten
            </p>
          </li>
        ))}
      </ul>
    );
  return (
    <Layout ctx={ctx} title="Ledenpeilingen">
      <Heading1>Ledenpeilingen</Heading1>
      <Paragraph>
        Met een ledenpeiling vraagt de vereniging de gemeenten naar hun standpunt, bijvoorbeeld voordat het
        bestuur een resolutie schrijft. Elke gemeente geeft één antwoord.
      </Paragraph>
      <section aria-labelledby="lopend" className="mm-section">
        <Heading2 id="lopend">Lopende peilingen</Heading2>
        {list(data.open, 'Er loopt nu geen peiling.')}
      </section>
      <section aria-labelledby="gesloten" className="mm-section">
        <Heading2 id="gesloten">Gesloten peilingen</Heading2>
        {list(data.closed, 'Nog geen gesloten peilingen.')}
      </section>
    </Layout>
  );
}

export type PollPageData = {
  poll: PollWithQuestions;
  results: PollResults;
  resolution: { id: string; title: string } | null;
};

function QuestionChart({ result, index }: { result: QuestionResult; index: number }) {
  const q = result.question;
  if (q.kind === 'open')
    return result.texts.length === 0 ? (
      <Paragraph>Nog geen antwoorden.</Paragraph>
    ) : (
      <div className="mm-table-wrap">
        <table className="mm-table">
          <caption className="mm-visually-hidden">
            {q.text}: de antwoorden en hoe vaak ze zijn gegeven
          </caption>
          <thead>
            <tr>
              <th scope="col">Antwoord</th>
              <th scope="col" className="mm-num">
                Gemeenten
              </th>
            </tr>
          </thead>
          <tbody>
            {countOpenAnswers(result.texts.map((t) => t.text)).map((a) => (
              <tr key={a.text}>
                <td>{a.text}</td>
                <td className="mm-num">{formatNumber(a.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  return (
    <>
      <BarChart
        id={`vraag-${index}`}
        title={`${q.text}: aandeel per antwoord in procenten`}
        labelHeading="Antwoord"
        valueHeading="Aandeel"
        data={result.options.map((o) => ({ label: o.option, value: o.share }))}
        limit={12}
        percent
      />
      {result.mean !== null ? <Paragraph>Gemiddelde: {formatNumber(result.mean)}</Paragraph> : null}
    </>
  );
}

function GroupTable({
  groups,
  index,
  weighted,
}: {
  groups: GroupResult[];
  index: number;
  weighted: boolean;
}) {
  const q = groups[0].results[index].question;
  if (q.kind === 'open') return null;
  return (
    <div className="mm-table-wrap">
      <table className="mm-table">
        <caption className="mm-visually-hidden">{q.text}: antwoorden per groep in procenten</caption>
        <thead>
          <tr>
            <th scope="col">Groep</th>
            <th scope="col" className="mm-num">
              Gemeenten
            </th>
            {q.options.map((o) => (
              <th key={o} scope="col" className="mm-num">
                {o}
              </th>
            ))}
            {q.kind === 'scale' ? (
              <th scope="col" className="mm-num">
                Gemiddelde
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const r = g.results[index];
            return (
              <tr key={g.group}>
                <th scope="row">{g.group}</th>
                <td className="mm-num">
                  {formatNumber(r.respondents)}
                  {weighted ? ` (gewicht ${formatNumber(r.weight)})` : ''}
                </td>
                {r.options.map((o) => (
                  <td key={o.option} className="mm-num">
                    {formatPercent(o.share)}
                  </td>
                ))}
                {q.kind === 'scale' ? (
                  <td className="mm-num">{r.mean === null ? '–' : formatNumber(r.mean)}</td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A poll: what was asked, the response rate, the results (weighted or not, per group) and the CSV. */
export function PollPage({ ctx, data }: { ctx: PageContext; data: PollPageData }) {
  const { poll: p, results } = data;
  const grouped = results.grouping !== 'none';
  const first = results.groups[0];
  // Over all groups together: how many answered a question, and (open questions) every text given.
  const answered = (i: number) => results.groups.reduce((sum, g) => sum + g.results[i].respondents, 0);
  const allTexts = (i: number): QuestionResult => ({
    ...first.results[i],
    respondents: answered(i),
    texts: results.groups.flatMap((g) => g.results[i].texts),
  });
  return (
    <Layout ctx={ctx} title={p.title}>
      <Crumbs trail={[{ href: '/peilingen', label: 'Ledenpeilingen' }]} current={p.title} />
      <Heading1>{p.title}</Heading1>
      {p.description ? <Paragraph>{p.description}</Paragraph> : null}
      <DataList className="mm-facts">
        <Fact label="Status">{POLL_STATUS_LABELS[p.status] ?? p.status}</Fact>
        {p.opensAt ? (
          <Fact label="Geopend op">
            <DateText value={p.opensAt} />
          </Fact>
        ) : null}
        <Fact label={p.status === 'closed' ? 'Gesloten op' : 'Sluit op'}>
          <DateText value={p.closesAt} />
        </Fact>
        <Fact label="Doelgroep">{audienceText(p)}</Fact>
        {data.resolution ? (
          <Fact label="Resolutie">
            <a href={`/resoluties/${data.resolution.id}`}>{data.resolution.title}</a>
          </Fact>
        ) : null}
      </DataList>
      <ResponseRate rate={results.rate} />
      {p.status === 'open' ? <Paragraph>De peiling loopt nog: dit is de tussenstand.</Paragraph> : null}
      {p.status === 'open' && ctx.viewer?.role === 'member' ? (
        <Paragraph>
          <a className="mm-target-link" href={`/peilingen/${p.id}/antwoorden`}>
            Beantwoord deze peiling voor uw gemeente
          </a>
        </Paragraph>
      ) : null}
      <form method="get" action={`/peilingen/${p.id}`} className="mm-form mm-inline-filters">
        <SelectField
          id="veld-weging"
          name="weging"
          label="Weging"
          description="Gewogen: elke gemeente telt met haar stemgewicht in de ledenvergadering."
          options={[
            { value: 'ongewogen', label: 'Ongewogen (elke gemeente één stem)' },
            { value: 'gewogen', label: 'Gewogen naar stemgewicht' },
          ]}
          value={results.weighted ? 'gewogen' : 'ongewogen'}
        />
        <SelectField
          id="veld-indeling"
          name="indeling"
          label="Indeling"
          options={[
            { value: 'geen', label: 'Alle gemeenten samen' },
            { value: 'provincie', label: 'Per provincie' },
            { value: 'grootte', label: 'Per grootteklasse' },
          ]}
          value={{ none: 'geen', province: 'provincie', size: 'grootte' }[results.grouping]}
        />
        <Button type="submit" appearance="secondary-action-button">
          Toon uitslag
        </Button>
      </form>
      <Paragraph>
        <a className="mm-target-link" href={`/peilingen/${p.id}/uitslag.csv`} download>
          Download de antwoorden (CSV)
        </a>
      </Paragraph>
      {p.questions.map((q, i) => (
        <section key={q.id} className="mm-question" aria-labelledby={`vraag-kop-${i}`}>
          <Heading2 id={`vraag-kop-${i}`}>
            {i + 1}. {q.text}
          </Heading2>
          <p className="mm-meta">
            {KIND_LABELS[q.kind] ?? q.kind} · {formatNumber(first ? answered(i) : 0)} antwoorden
            {results.weighted ? ', gewogen' : ''}
          </p>
          {!first ? (
            <Paragraph>Nog geen antwoorden.</Paragraph>
          ) : grouped ? (
            q.kind === 'open' ? (
              <QuestionChart result={allTexts(i)} index={i} />
            ) : (
              <GroupTable groups={results.groups} index={i} weighted={results.weighted} />
            )
          ) : (
            <QuestionChart result={first.results[i]} index={i} />
          )}
        </section>
      ))}
      {results.perMember ? <PerMember poll={p} rows={results.perMember} /> : null}
    </Layout>
  );
}

function PerMember({ poll, rows }: { poll: PollWithQuestions; rows: NonNullable<PollResults['perMember']> }) {
  return (
    <section aria-labelledby="per-gemeente" className="mm-section">
      <Heading2 id="per-gemeente">Antwoorden per gemeente</Heading2>
      <div className="mm-table-wrap">
        <table className="mm-table">
          <caption className="mm-visually-hidden">Antwoorden per gemeente</caption>
          <thead>
            <tr>
              <th scope="col">Gemeente</th>
              {poll.questions.map((q, i) => (
                <th key={q.id} scope="col">
                  Vraag {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.memberId}>
                <th scope="row">{r.name}</th>
                {poll.questions.map((q) => (
                  <td key={q.id}>{r.answers[q.id] ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export type RespondData = {
  poll: PollWithQuestions;
  memberName: string;
  action: string;
  open: boolean;
  /** The municipality belongs to the poll's audience (a poll may ask the members of some provinces only). */
  inAudience: boolean;
  values: Record<string, string[]>;
  errors: FormErrors;
  done: boolean;
};

/** A municipality answers: one fieldset per question; it works without JavaScript and by keyboard. */
export function PollRespondPage({ ctx, data }: { ctx: PageContext; data: RespondData }) {
  const { poll: p } = data;
  const title = `Peiling invullen: ${p.title}`;
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs
        trail={[
          { href: '/peilingen', label: 'Ledenpeilingen' },
          { href: `/peilingen/${p.id}`, label: p.title },
        ]}
        current="Invullen"
      />
      <Heading1>{title}</Heading1>
      {data.done ? (
        <div className="utrecht-alert utrecht-alert--ok mm-notice" role="status">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              Dank u wel. Het antwoord van {data.memberName} is opgeslagen. U kunt het wijzigen zolang de
              peiling open is.
            </div>
          </div>
        </div>
      ) : null}
      {!data.open ? (
        <Paragraph>Deze peiling is gesloten; antwoorden kan niet meer.</Paragraph>
      ) : !data.inAudience ? (
        <Paragraph>
          Deze peiling is gericht aan {audienceText(p).replace(/^L/, 'l')}; {data.memberName} hoort daar niet
          bij en antwoordt dus niet.
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            U antwoordt namens <strong>{data.memberName}</strong>. Elke gemeente geeft één antwoord; een nieuw
            antwoord vervangt het vorige. De peiling sluit op <DateText value={p.closesAt} />.
          </Paragraph>
          <ErrorSummary
            errors={data.errors}
            fieldIds={Object.fromEntries(p.questions.map((q) => [`vraag-${q.id}`, `vraag-${q.id}`]))}
          />
          <form method="post" action={data.action} className="mm-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            {p.questions.map((q, i) => {
              const legend = `${i + 1}. ${q.text}`;
              const id = `vraag-${q.id}`;
              const error = data.errors[id];
              const options = q.options.map((o) => ({ value: o, label: o }));
              if (q.kind === 'multiple-choice')
                return (
                  <CheckboxGroup
                    key={q.id}
                    id={id}
                    name={id}
                    legend={legend}
                    description="Meerdere antwoorden mogelijk."
                    options={options}
                    values={data.values[id] ?? []}
                    error={error}
                  />
                );
              if (q.kind === 'open')
                return (
                  <TextAreaField
                    key={q.id}
                    id={id}
                    name={id}
                    label={legend}
                    value={data.values[id]?.[0]}
                    error={error}
                    rows={4}
                    optional
                  />
                );
              return (
                <RadioGroup
                  key={q.id}
                  id={id}
                  name={id}
                  legend={q.kind === 'scale' ? `${legend} (${q.options[0]} tot ${q.options.at(-1)})` : legend}
                  options={options}
                  value={data.values[id]?.[0]}
                  error={error}
                />
              );
            })}
            <Button type="submit" appearance="primary-action-button">
              Antwoord versturen
            </Button>
          </form>
        </>
      )}
    </Layout>
  );
}
