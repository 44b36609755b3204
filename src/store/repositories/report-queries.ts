import type { AccountabilityRoundStatus, MeetingKind, VoteResult, VoteStatus } from '../../domain/types.js';
import type { Executor } from '../database.js';
import { fromJsonText } from './shared.js';

/** Read-only queries the report module needs beyond the aggregate repositories. */

export type MeetingSummary = { id: string; kind: MeetingKind; title: string; date: string };

export type RoundHeader = {
  id: string;
  title: string;
  summary: string | null;
  proposalText: string | null;
  status: AccountabilityRoundStatus;
  organisation: string;
  meeting: MeetingSummary;
  agendaItemNumber: string | null;
  agendaItemTitle: string | null;
  letter: { subject: string; date: string | null; number: string | null; reference: string | null } | null;
  /** The organisation's settings JSON (its logo lives there). */
  organisationSettings: string;
  reportDate: string | null;
  voteResult: string | null;
};

/** A round with its meeting, agenda item number, letter and organisation name, or undefined. */
export async function getRoundHeader(
  db: Executor,
  organisationId: string,
  roundId: string,
): Promise<RoundHeader | undefined> {
  const row = await db
    .selectFrom('accountability_rounds as r')
    .innerJoin('meetings as g', 'g.id', 'r.meeting_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .leftJoin('agenda_items as a', 'a.id', 'r.agenda_item_id')
    .leftJoin('letters as l', 'l.id', 'r.letter_id')
    .select([
      'r.id',
      'r.title',
      'r.summary',
      'r.proposal_text',
      'r.status',
      'o.name as organisation',
      'o.settings as organisation_settings',
      'r.report_date',
      'r.vote_result',
      'a.title as agenda_title',
      'l.number as letter_number',
      'l.reference as letter_reference',
      'g.id as meeting_id',
      'g.kind as meeting_kind',
      'g.title as meeting_title',
      'g.date as meeting_date',
      'a.number as agenda_number',
      'l.subject as letter_subject',
      'l.date as letter_date',
    ])
    .where('r.organisation_id', '=', organisationId)
    .where('r.id', '=', roundId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    proposalText: row.proposal_text,
    status: row.status,
    organisation: row.organisation,
    meeting: { id: row.meeting_id, kind: row.meeting_kind, title: row.meeting_title, date: row.meeting_date },
    agendaItemNumber: row.agenda_number ?? null,
    agendaItemTitle: row.agenda_title ?? null,
    letter: row.letter_subject
      ? {
          subject: row.letter_subject,
          date: row.letter_date ?? null,
          number: row.letter_number ?? null,
          reference: row.letter_reference ?? null,
        }
      : null,
    organisationSettings: row.organisation_settings,
    reportDate: row.report_date ?? null,
    voteResult: row.vote_result ?? null,
  };
}

/** Ids of the rounds held at meetings on `date`, most recently opened first. */
export async function findRoundIdsByMeetingDate(
  db: Executor,
  organisationId: string,
  date: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('accountability_rounds as r')
    .innerJoin('meetings as g', 'g.id', 'r.meeting_id')
    .select('r.id')
    .where('r.organisation_id', '=', organisationId)
    .where('g.date', '=', date)
    .orderBy('r.opened_at', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * The latest decision-making meeting before `date`: a ledenbijeenkomst takes no decisions and a
 * cancelled meeting none at all.
 */
export async function findLastAssemblyBefore(
  db: Executor,
  organisationId: string,
  date: string,
): Promise<MeetingSummary | undefined> {
  return db
    .selectFrom('meetings')
    .select(['id', 'kind', 'title', 'date'])
    .where('organisation_id', '=', organisationId)
    .where('date', '<', date)
    .where('kind', '!=', 'ledenbijeenkomst')
    .where('status', '!=', 'cancelled')
    .orderBy('date', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function listMeetingsByIds(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<MeetingSummary[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('meetings')
    .select(['id', 'kind', 'title', 'date'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('date')
    .execute();
}

export type MotionVoteSummary = {
  id: string;
  subject: string;
  status: VoteStatus;
  /** The tally of the vote once it was closed. */
  result: VoteResult | null;
  byAcclamation: boolean;
  openedAt: string | null;
  closedAt: string | null;
  partNumber: number | null;
  meeting: MeetingSummary | null;
};

/** Votes on a motion or on one of its parts, in the order they were held. */
export async function listMotionVotes(
  db: Executor,
  organisationId: string,
  motionId: string,
): Promise<MotionVoteSummary[]> {
  const rows = await db
    .selectFrom('votes as v')
    .leftJoin('motion_parts as p', 'p.id', 'v.motion_part_id')
    .leftJoin('meetings as g', 'g.id', 'v.meeting_id')
    .select([
      'v.id',
      'v.subject',
      'v.status',
      'v.result',
      'v.by_acclamation',
      'v.opened_at',
      'v.closed_at',
      'v.created_at',
      'p.number as part_number',
      'g.id as meeting_id',
      'g.kind as meeting_kind',
      'g.title as meeting_title',
      'g.date as meeting_date',
    ])
    .where('v.organisation_id', '=', organisationId)
    .where((eb) => eb.or([eb('v.motion_id', '=', motionId), eb('p.motion_id', '=', motionId)]))
    .orderBy('v.created_at')
    .orderBy('v.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    status: row.status,
    result: fromJsonText<VoteResult | null>(row.result, null),
    byAcclamation: row.by_acclamation === 1,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    partNumber: row.part_number ?? null,
    meeting: row.meeting_id
      ? { id: row.meeting_id, kind: row.meeting_kind!, title: row.meeting_title!, date: row.meeting_date! }
      : null,
  }));
}
