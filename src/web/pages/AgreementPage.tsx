import { DataList, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ConditionState } from '../../domain/agreements.js';
import { clauseCondition } from '../../domain/vocabulary/index.js';
import type { AgreementRecord } from '../../store/repositories/agreements.js';
import type { ConsultationRecord } from '../../store/repositories/consultations.js';
import type { ProvenanceWithDocument } from '../../store/repositories/documents.js';
import type { LetterRecord } from '../../store/repositories/letters.js';
import type { ResolutionRecord } from '../../store/repositories/resolutions.js';
import type { ConditionalClause } from '../../store/repositories/web-queries.js';
import { Crumbs } from '../components/Crumbs.js';
import { DateText } from '../components/DateText.js';
import { EditLink } from '../components/EditLink.js';
import { Fact } from '../components/Fact.js';
import { Layout } from '../components/Layout.js';
import { Sources } from '../components/Sources.js';
import { AgreementStatusBadge } from '../components/StatusBadge.js';
import { formatNumber, shorten } from '../format.js';
import { type PageContext, viewerMay, wordsOf } from '../page-context.js';

export type AgreementPageData = {
  agreement: AgreementRecord;
  /** The latest meeting held, when overdue days are counted to it (null: to today's date). */
  asOf: string | null;
  daysOverdue: number;
  conditionState: ConditionState;
  consultation: ConsultationRecord | undefined;
  letter: LetterRecord | undefined;
  resolution: ResolutionRecord | undefined;
  clauses: ConditionalClause[];
  sources: ProvenanceWithDocument[];
};

export function AgreementPage({ ctx, data }: { ctx: PageContext; data: AgreementPageData }) {
  const { agreement: a } = data;
  const words = wordsOf(ctx);
  return (
    <Layout ctx={ctx} title={`Afspraak: ${shorten(a.text, 60)}`}>
      <Crumbs trail={[{ href: '/afspraken', label: 'Afspraken' }]} current="Afspraak" />
      <Heading1>{a.text}</Heading1>
      {/* The bureau edits the agreement; the board only sets its stand, on the same staff page. */}
      <EditLink
        ctx={ctx}
        href={`/beheer/afspraken/${a.id}`}
        {...(viewerMay(ctx.viewer, 'agreement.write')
          ? { label: 'Afspraak bewerken', action: 'agreement.write' }
          : { label: 'Stand van de afspraak vastleggen', action: 'agreement.changeStatus' })}
      />
      <DataList className="mm-facts">
        <Fact label="Stand">
          <AgreementStatusBadge status={a.status} overdue={data.daysOverdue > 0} />
          {data.daysOverdue > 0 ? (
            <>
              {` De termijn is ${formatNumber(data.daysOverdue)} dagen verstreken`}
              {data.asOf ? (
                <>
                  {' '}
                  (stand per <DateText value={data.asOf} />, de laatst gehouden {words.meeting})
                </>
              ) : null}
              .
            </>
          ) : null}
        </Fact>
        <Fact label="Partij">{a.party ?? 'niet vastgelegd'}</Fact>
        <Fact label="Uiterlijk">{a.dueDate ? <DateText value={a.dueDate} /> : 'geen termijn'}</Fact>
        {data.consultation ? (
          <Fact label="Gemaakt in">
            {data.consultation.title}, <DateText value={data.consultation.date} />
          </Fact>
        ) : null}
        {data.letter ? (
          <Fact label="Ledenbrief">
            <a href={`/ledenbrieven/${data.letter.id}`}>{data.letter.subject}</a>
          </Fact>
        ) : null}
        {data.resolution ? (
          <Fact label="Resolutie">
            <a href={`/resoluties/${data.resolution.id}`}>{data.resolution.title}</a>
          </Fact>
        ) : null}
      </DataList>
      {data.clauses.length > 0 ? (
        <section aria-labelledby="voorwaarde" className="mm-section">
          <Heading2 id="voorwaarde">Voorwaarde in een resolutie</Heading2>
          <Paragraph>
            <strong>{clauseCondition.label(data.conditionState)}.</strong>
          </Paragraph>
          <ul>
            {data.clauses.map((c) => (
              <li key={c.clauseId}>
                <a href={`/resoluties/${c.resolutionId}?versie=${c.versionNumber}#punt-${c.number}`}>
                  {c.resolutionTitle}, punt {c.number}
                </a>
                : {c.text}
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
