import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatDutchDate, roundStatus } from '../../../domain/vocabulary/index.js';
import type { ReportCounts } from '../../../report/model.js';
import type {
  AccountabilityRoundRecord,
  EntryWithMotion,
} from '../../../store/repositories/accountability.js';
import type { MeetingRecord } from '../../../store/repositories/meetings.js';
import { Crumbs } from '../../components/Crumbs.js';
import { DateText } from '../../components/DateText.js';
import { EntryForm } from '../../components/EntryForm.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import type { Option } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { ActionButton } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';
import {
  CompletenessSection,
  DecisionSection,
  type MissingMotion,
  ReportTextsSection,
} from './RoundSections.js';

export type RoundWorkspaceData = {
  round: AccountabilityRoundRecord;
  meeting: MeetingRecord | undefined;
  entries: EntryWithMotion[];
  can: { write: boolean; approveEntry: boolean; approveRound: boolean; decide: boolean };
  missing: MissingMotion[];
  /** Prefilled texts of the report and its computed counts. */
  texts: {
    summary: string;
    proposal: string;
    reportDate: string;
    /** The member letter the round goes with ('' = none) and the letters to choose from. */
    letterId: string;
    letters: Option[];
    /** As set on the round ('' = the default). */
    boardMeetingDate: string;
    /** The default: the configured number of days before the assembly. */
    boardMeetingDefault: string | null;
    counts: ReportCounts;
  };
  meetingHeld: boolean;
  /** The texts form sent with errors, with what was typed. */
  textsFailed?: { values: FormValues; errors: FormErrors };
  /** The entry whose form was sent with errors, with what was typed. */
  failed?: { entryId: string; values: FormValues; errors: FormErrors };
  errors: FormErrors;
};

export function RoundWorkspacePage({ ctx, data }: { ctx: PageContext; data: RoundWorkspaceData }) {
  const { round, entries } = data;
  const status = round.status;
  const written = entries.filter((e) => e.text && e.proposal).length;
  const approved = entries.filter((e) => e.approvedAt).length;
  const decided = entries.filter((e) => e.decision).length;
  const base = `/beheer/verantwoording/${round.id}`;
  return (
    <Layout ctx={ctx} title={round.title}>
      <Crumbs
        trail={[
          { href: '/beheer', label: 'Beheer' },
          { href: '/beheer/verantwoording', label: 'Verantwoording' },
        ]}
        current={round.title}
      />
      <Heading1>{round.title}</Heading1>
      <Paragraph>
        {data.meeting ? (
          <>
            Voor de <a href={`/vergaderingen/${data.meeting.id}`}>{data.meeting.title}</a> van{' '}
            <DateText value={data.meeting.date} />.{' '}
          </>
        ) : null}
        Stand: <strong>{roundStatus.label(status)}</strong>.
      </Paragraph>
      <ul className="mm-stats" aria-label="Voortgang">
        <li>
          <strong>{entries.length}</strong> open moties
        </li>
        <li>
          <strong>{written}</strong> met verantwoording en voorstel
        </li>
        <li>
          <strong>{approved}</strong> goedgekeurd door het bestuur
        </li>
        <li>
          <strong>{decided}</strong> besloten door de vergadering
        </li>
      </ul>
      {round.voteResult ? (
        <Paragraph>
          Stemming over de verantwoording als geheel: <strong>{round.voteResult}</strong>
          {round.decidedOn ? (
            <>
              {' '}
              (<DateText value={round.decidedOn} />)
            </>
          ) : null}
          .
        </Paragraph>
      ) : null}
      <ErrorSummary errors={data.errors} />
      {status !== 'decided' ? (
        <CompletenessSection
          ctx={ctx}
          base={base}
          missing={data.missing}
          canAdd={status === 'open' && data.can.write}
        />
      ) : null}
      <ReportTextsSection
        ctx={ctx}
        base={base}
        summary={data.texts.summary}
        proposal={data.texts.proposal}
        reportDate={data.texts.reportDate}
        letterId={data.texts.letterId}
        letters={data.texts.letters}
        boardMeetingDate={data.texts.boardMeetingDate}
        boardMeetingDefault={data.texts.boardMeetingDefault}
        counts={data.texts.counts}
        editable={status !== 'decided' && data.can.write}
        values={data.textsFailed?.values}
        errors={data.textsFailed?.errors}
      />
      <section aria-labelledby="rapport-kop" className="mm-section">
        <Heading2 id="rapport-kop">Rapport downloaden</Heading2>
        <ul className="mm-kind-list mm-inline-list">
          <li>
            <a href={`${base}/rapport.docx`}>Word (DOCX)</a>
          </li>
          <li>
            <a href={`${base}/rapport.pdf`}>PDF</a>
          </li>
          <li>
            <a href={`${base}/rapport.html`}>HTML</a>
          </li>
        </ul>
      </section>
      {status === 'open' && data.can.approveRound ? (
        <section aria-labelledby="bestuur-kop" className="mm-section">
          <Heading2 id="bestuur-kop">Goedkeuring door het bestuur</Heading2>
          <Paragraph>
            Het bestuur stelt de ronde vast als elke motie een verantwoording en een voorstel heeft.
          </Paragraph>
          <ActionButton
            ctx={ctx}
            action={`${base}/goedkeuren`}
            label="Ronde goedkeuren"
            appearance="primary-action-button"
          />
        </section>
      ) : null}
      {status === 'approved' && data.can.decide ? (
        <DecisionSection
          ctx={ctx}
          base={base}
          entries={entries}
          meetingHeld={data.meetingHeld}
          meetingDate={data.meeting ? formatDutchDate(data.meeting.date) : ''}
        />
      ) : null}
      <section aria-labelledby="moties-kop" className="mm-section">
        <Heading2 id="moties-kop">Moties in deze ronde</Heading2>
        {entries.map((entry, index) => (
          <EntryForm
            key={entry.id}
            ctx={ctx}
            roundId={round.id}
            entry={entry}
            index={index}
            editable={status === 'open' && data.can.write && !entry.decision}
            canApprove={status === 'open' && data.can.approveEntry}
            values={data.failed?.entryId === entry.id ? data.failed.values : undefined}
            errors={data.failed?.entryId === entry.id ? data.failed.errors : undefined}
          />
        ))}
      </section>
    </Layout>
  );
}
