import { Button, DataList, Heading1, Heading2 } from '@utrecht/component-library-react';
import type { ConditionState } from '../../domain/agreements.js';
import type { ClauseChange } from '../../domain/resolution-versions.js';
import { clauseCondition, resolutionStatus, versionLabel } from '../../domain/vocabulary/index.js';
import type { AgreementRecord } from '../../store/repositories/agreements.js';
import type { ProvenanceWithDocument } from '../../store/repositories/documents.js';
import type { MeetingRecord } from '../../store/repositories/meetings.js';
import type { ResolutionRecord, ResolutionVersionRecord } from '../../store/repositories/resolutions.js';
import { ClauseDiff } from '../components/ClauseDiff.js';
import { ClauseList } from '../components/ClauseList.js';
import { Crumbs } from '../components/Crumbs.js';
import { DateText } from '../components/DateText.js';
import { EditLink } from '../components/EditLink.js';
import { Fact } from '../components/Fact.js';
import { SelectField } from '../components/fields.js';
import { Layout } from '../components/Layout.js';
import { Sources } from '../components/Sources.js';
import { AgreementStatusBadge } from '../components/StatusBadge.js';
import type { PageContext } from '../page-context.js';

export type ConditionView = {
  clauseNumber: number;
  agreement: AgreementRecord;
  state: ConditionState;
  overdue: boolean;
};

export type ResolutionPageData = {
  resolution: ResolutionRecord;
  meeting: MeetingRecord | undefined;
  versions: ResolutionVersionRecord[];
  shown: ResolutionVersionRecord | undefined;
  comparison: { from: ResolutionVersionRecord; to: ResolutionVersionRecord; changes: ClauseChange[] } | null;
  conditions: ConditionView[];
  sources: ProvenanceWithDocument[];
  /** Member polls that informed this resolution. */
  polls?: { id: string; title: string; rate: string }[];
};

export const versionName = (v: ResolutionVersionRecord): string =>
  `Versie ${v.number} (${versionLabel.label(v.label)})`;

export function ResolutionPage({ ctx, data }: { ctx: PageContext; data: ResolutionPageData }) {
  const { resolution, meeting, versions, shown, comparison } = data;
  const options = versions.map((v) => ({ value: String(v.number), label: versionName(v) }));
  return (
    <Layout ctx={ctx} title={resolution.title}>
      <Crumbs trail={[{ href: '/resoluties', label: 'Resoluties' }]} current={resolution.title} />
      <Heading1>{resolution.title}</Heading1>
      <EditLink
        ctx={ctx}
        href={`/beheer/resoluties/${resolution.id}`}
        label="Resolutie bewerken"
        action="resolution.write"
      />
      <DataList className="mm-facts">
        <Fact label="Status">{resolutionStatus.label(resolution.status)}</Fact>
        {resolution.voteResult ? <Fact label="Stemuitslag">{resolution.voteResult}</Fact> : null}
        {meeting ? (
          <Fact label="Vergadering">
            <a href={`/vergaderingen/${meeting.id}`}>{meeting.title}</a>, <DateText value={meeting.date} />
          </Fact>
        ) : null}
        <Fact label="Versies">
          <ul className="mm-inline-list">
            {versions.map((v) => (
              <li key={v.id}>
                <a
                  href={`/resoluties/${resolution.id}?versie=${v.number}`}
                  aria-current={v.id === shown?.id ? 'true' : undefined}
                >
                  {versionName(v)}
                </a>
                {v.publishedAt ? (
                  <span className="mm-meta">
                    {' '}
                    gepubliceerd <DateText value={v.publishedAt} />
                  </span>
                ) : (
                  <span className="mm-meta"> nog niet gepubliceerd</span>
                )}
                {v.id === resolution.adoptedVersionId ? <strong> (vastgestelde tekst)</strong> : null}
              </li>
            ))}
          </ul>
        </Fact>
      </DataList>

      {shown ? (
        <section aria-labelledby="tekst" className="mm-section">
          <Heading2 id="tekst">Tekst van {versionName(shown).toLowerCase()}</Heading2>
          {shown.explanation ? <p>{shown.explanation}</p> : null}
          <ClauseList clauses={shown.clauses} idPrefix="punt" />
        </section>
      ) : null}

      {data.conditions.length > 0 ? (
        <section aria-labelledby="voorwaarden" className="mm-section">
          <Heading2 id="voorwaarden">Voorwaarden uit afspraken</Heading2>
          <ul>
            {data.conditions.map((c) => (
              <li key={`${c.clauseNumber}-${c.agreement.id}`}>
                Punt {c.clauseNumber} hangt af van de afspraak{' '}
                <a href={`/afspraken/${c.agreement.id}`}>{c.agreement.text}</a>{' '}
                <AgreementStatusBadge status={c.agreement.status} overdue={c.overdue} />
                <br />
                <strong>{clauseCondition.label(c.state)}</strong>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {versions.length > 1 ? (
        <section aria-labelledby="vergelijken" className="mm-section">
          <Heading2 id="vergelijken">Versies vergelijken</Heading2>
          <form method="get" action={`/resoluties/${resolution.id}`} className="mm-compare mm-no-print">
            {shown ? <input type="hidden" name="versie" value={shown.number} /> : null}
            <SelectField
              id="van"
              name="van"
              label="Oudere versie"
              options={options}
              value={comparison ? String(comparison.from.number) : ''}
            />
            <SelectField
              id="naar"
              name="naar"
              label="Nieuwere versie"
              options={options}
              value={comparison ? String(comparison.to.number) : ''}
            />
            <Button type="submit" appearance="secondary-action-button">
              Vergelijk
            </Button>
          </form>
          {comparison ? (
            <>
              <h3 className="utrecht-heading-3">
                Van {versionName(comparison.from).toLowerCase()} naar{' '}
                {versionName(comparison.to).toLowerCase()}
              </h3>
              <ClauseDiff changes={comparison.changes} />
            </>
          ) : null}
        </section>
      ) : null}

      {data.polls?.length ? (
        <section aria-labelledby="peilingen" className="mm-section">
          <Heading2 id="peilingen">Ledenpeiling</Heading2>
          <ul>
            {data.polls.map((p) => (
              <li key={p.id}>
                <a href={`/peilingen/${p.id}`}>{p.title}</a> ({p.rate})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="bronnen" className="mm-section">
        <Heading2 id="bronnen">Brondocumenten</Heading2>
        <Sources sources={data.sources} />
      </section>
    </Layout>
  );
}
