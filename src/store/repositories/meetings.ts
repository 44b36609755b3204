import type { AgendaDocumentPurpose, MeetingKind, MeetingStatus } from '../../domain/types.js';
import type { WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { AgendaItemRow, MeetingRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import {
  columnChanges,
  containsText,
  FIRST_PAGE,
  getScoped,
  insertAudited,
  type ListResult,
  listPage,
  type Page,
  parseSort,
  requireExisting,
  updateRecord,
} from './shared.js';

export type MeetingRecord = Camelize<MeetingRow>;
export type AgendaItemRecord = Camelize<AgendaItemRow>;

export type NewMeeting = {
  id?: string;
  kind: MeetingKind;
  title: string;
  date: string;
  startTime?: string | null;
  endTime?: string | null;
  place?: string | null;
  status?: MeetingStatus;
  referenceDate?: string | null;
};
export type MeetingChanges = Partial<Omit<NewMeeting, 'id'>>;
export type MeetingFilter = {
  kind?: MeetingKind[];
  status?: MeetingStatus[];
  year?: number;
  from?: string;
  to?: string;
  q?: string;
};
export type MeetingSort = 'date' | '-date' | 'title' | '-title' | 'created' | '-created';

const SORT = { date: 'date', title: 'title', created: 'created_at' };

export async function createMeeting(
  db: Executor,
  ctx: WriteContext,
  input: NewMeeting,
): Promise<MeetingRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: MeetingRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      kind: input.kind,
      title: input.title,
      date: input.date,
      start_time: input.startTime ?? null,
      end_time: input.endTime ?? null,
      place: input.place ?? null,
      status: input.status ?? 'planned',
      reference_date: input.referenceDate ?? input.date,
      live_tally: 0,
      created_at: at,
      updated_at: at,
    };
    return camelize(
      await insertAudited(trx, ctx, 'meetings', row, { action: 'meeting.created', entityKind: 'meeting' }),
    );
  });
}

export async function getMeeting(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<MeetingRecord | undefined> {
  return getScoped(db, 'meetings', organisationId, id);
}

function filtered(db: Executor, organisationId: string, f: MeetingFilter) {
  let q = db.selectFrom('meetings').where('meetings.organisation_id', '=', organisationId);
  if (f.kind?.length) q = q.where('meetings.kind', 'in', f.kind);
  if (f.status?.length) q = q.where('meetings.status', 'in', f.status);
  if (f.year)
    q = q.where('meetings.date', '>=', `${f.year}-01-01`).where('meetings.date', '<=', `${f.year}-12-31`);
  if (f.from) q = q.where('meetings.date', '>=', f.from);
  if (f.to) q = q.where('meetings.date', '<=', f.to);
  if (f.q) {
    q = q.where(containsText(f.q, ['meetings.title', 'meetings.place']));
  }
  return q;
}

export async function listMeetings(
  db: Executor,
  organisationId: string,
  filter: MeetingFilter = {},
  page: Page = FIRST_PAGE,
  sort: MeetingSort = '-date',
): Promise<ListResult<MeetingRecord>> {
  return listPage(filtered(db, organisationId, filter), 'meetings', parseSort(sort, SORT, '-date'), page);
}

/**
 * The meetings on one day, in the order of the list sorted by date (then id): what the importer matches a
 * document's meeting against. One narrow query, no page and no count.
 */
export async function listMeetingsOn(
  db: Executor,
  organisationId: string,
  date: string,
): Promise<MeetingRecord[]> {
  const rows = await db
    .selectFrom('meetings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('date', '=', date)
    .orderBy('id')
    .limit(50)
    .execute();
  return rows.map((row) => camelize(row));
}

export async function updateMeeting(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: MeetingChanges,
): Promise<MeetingRecord> {
  const set: Partial<MeetingRow> = {
    updated_at: nowIso(),
    ...columnChanges(changes, [
      'kind',
      'title',
      'date',
      'startTime',
      'endTime',
      'place',
      'status',
      'referenceDate',
    ]),
  };
  return updateRecord(db, ctx, 'meetings', id, set, {
    action: 'meeting.updated',
    entityKind: 'meeting',
    entity: 'Vergadering',
  });
}

/** Whether the public screen shows the tally while a vote is open (a setting of the meeting). */
export async function setLiveTally(
  db: Executor,
  ctx: WriteContext,
  id: string,
  on: boolean,
): Promise<MeetingRecord> {
  return updateRecord(
    db,
    ctx,
    'meetings',
    id,
    { updated_at: nowIso(), live_tally: on ? 1 : 0 },
    { action: 'meeting.live-tally-set', entityKind: 'meeting', entity: 'Vergadering' },
  );
}

export type NewAgendaItem = {
  id?: string;
  meetingId: string;
  number: string;
  title: string;
  /** 'decision' (ter vaststelling) or 'information' (ter informatie). */
  purpose?: AgendaDocumentPurpose;
  position?: number;
};

/** Adds an agenda item; without a position it goes to the end of the agenda. */
export async function addAgendaItem(
  db: Executor,
  ctx: WriteContext,
  input: NewAgendaItem,
): Promise<AgendaItemRecord> {
  return inTransaction(db, async (trx) => {
    await requireExisting(trx, 'meetings', ctx.organisationId, input.meetingId, 'Vergadering');
    const last = await trx
      .selectFrom('agenda_items')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('meeting_id', '=', input.meetingId)
      .executeTakeFirst();
    const at = nowIso();
    const row: AgendaItemRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      meeting_id: input.meetingId,
      number: input.number,
      title: input.title,
      purpose: input.purpose ?? 'decision',
      position: input.position ?? Number(last?.max ?? 0) + 1,
      created_at: at,
      updated_at: at,
    };
    return camelize(
      await insertAudited(trx, ctx, 'agenda_items', row, {
        action: 'agenda-item.created',
        entityKind: 'agenda-item',
      }),
    );
  });
}

export async function getAgendaItem(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<AgendaItemRecord | undefined> {
  return getScoped(db, 'agenda_items', organisationId, id);
}

export async function listAgendaItems(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<AgendaItemRecord[]> {
  const rows = await db
    .selectFrom('agenda_items')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(camelize);
}

export async function updateAgendaItem(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: Partial<Pick<NewAgendaItem, 'number' | 'title' | 'purpose' | 'position'>>,
): Promise<AgendaItemRecord> {
  const set: Partial<AgendaItemRow> = {
    updated_at: nowIso(),
    ...columnChanges(changes, ['number', 'title', 'purpose', 'position']),
  };
  return updateRecord(db, ctx, 'agenda_items', id, set, {
    action: 'agenda-item.updated',
    entityKind: 'agenda-item',
    entity: 'Agendapunt',
  });
}
