import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatDutchDate, roundStatus } from '../../../domain/vocabulary/index.js';
import type { ReportCounts } from '../../../report/model.js';
import type {
  AccountabilityRoundRecord,
  EntryWithMotion,
  RoundEntryCounts,
} from '../../../store/repositories/accountability.js';
import type { MeetingRecord } from '../../../store/repositories/meetings.js';
import { Crumbs } from '../../components/Crumbs.js';
import { DateText } from '../../components/DateText.js';
import { EntryForm } from '../../components/EntryForm.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import type { Option } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { Pagination } from '../../components/Pagination.js';
import { ActionButton } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';
import {
  CompletenessSection,
  DecisionSection,
  type MissingMotion,
  ReportTextsSection,
} from './RoundSections.js';

/** Entries per page of the workspace: a round of the whole register has thousands. */
export const ENTRIES_PER_PAGE = 25;
/** Missing motions listed one by one (all of them are added with one button). */
export const MISSING_SHOWN = 50;

/** The workspace of a round at a page of its entries (page 1 has no number in the address). */
export const workspacePath = (roundId: string, page = 1): string =>
  `/beheer/verantwoording/${roundId}${page > 1 ? `?pagina=${page}` : ''}`;

export type RoundWorkspaceData = {
  round: AccountabilityRoundRecord;
  meeting: MeetingRecord | undefined;
  /** The entries on this page, in report order. */
  entries: EntryWithMotion[];
  /** The counts over all entries of the round. */
  counts: RoundEntryCounts;
  /** Which page of entries; `offset` is the number of entries before it. */
  paging: { page: number; pageCount: number; offset: number };
  /** Every conditional proposal not yet decided, on any page: following all proposals needs their decisions. */
  conditional: EntryWithMotion[];
  can: { write: boolean; approveEntry: boolean; approveRound: boolean; decide: boolean };
  /** The first missing motions (MISSING_SHOWN) and how many are missing in all. */
  missing: MissingMotion[];
  missingTotal: number;
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
  const { round, entries, counts, paging } = data;
  const status = round.status;
  const base = `/beheer/verantwoording/${round.id}`;
  const first = paging.offset + 1;
  const last = paging.offset + entries.length;
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
          <strong>{counts.entries}</strong> open moties
        </li>
        <li>
          <strong>{counts.written}</strong> met verantwoording en voorstel
        </li>
        <li>
          <strong>{counts.approved}</strong> goedgekeurd door het bestuur
        </li>
        <li>
          <strong>{counts.decided}</strong> besloten door de vergadering
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
          total={data.missingTotal}
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
        textsFixed={status === 'approved'}
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
          conditional={data.conditional}
          range={paging.pageCount > 1 ? `${first}–${last}` : null}
          meetingHeld={data.meetingHeld}
          meetingDate={data.meeting ? formatDutchDate(data.meeting.date) : ''}
          voteRecorded={round.voteResult !== null}
        />
      ) : null}
      <section aria-labelledby="moties-kop" className="mm-section">
        <Heading2 id="moties-kop">Moties in deze ronde</Heading2>
        {paging.pageCount > 1 ? (
          <Paragraph>
            Motie {first} tot en met {last} van {counts.entries}, pagina {paging.page} van {paging.pageCount}.
          </Paragraph>
        ) : null}
        {entries.map((entry, index) => (
          <EntryForm
            key={entry.id}
            ctx={ctx}
            roundId={round.id}
            entry={entry}
            index={paging.offset + index}
            page={paging.page}
            editable={status === 'open' && data.can.write && !entry.decision}
            canApprove={status === 'open' && data.can.approveEntry}
            values={data.failed?.entryId === entry.id ? data.failed.values : undefined}
            errors={data.failed?.entryId === entry.id ? data.failed.errors : undefined}
          />
        ))}
        <Pagination
          page={paging.page}
          pageCount={paging.pageCount}
          hrefFor={(page) => `${workspacePath(round.id, page)}#moties-kop`}
        />
      </section>
    </Layout>
  );
}
