import type { WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { ConsultationRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import {
  columnChanges,
  containsText,
  FIRST_PAGE,
  fromJsonText,
  getScoped,
  insertAudited,
  type ListResult,
  listPage,
  type Page,
  parseSort,
  toJsonText,
  updateRecord,
} from './shared.js';

/** parties and outcomes are stored as JSON arrays of strings. */
export type ConsultationRecord = Omit<Camelize<ConsultationRow>, 'parties' | 'outcomes'> & {
  parties: string[];
  outcomes: string[];
};
export type NewConsultation = {
  id?: string;
  title: string;
  date: string;
  parties?: string[];
  outcomes?: string[];
};

const toRecord = (row: ConsultationRow): ConsultationRecord => ({
  ...camelize(row),
  parties: fromJsonText(row.parties, []),
  outcomes: fromJsonText(row.outcomes, []),
});

export async function createConsultation(
  db: Executor,
  ctx: WriteContext,
  input: NewConsultation,
): Promise<ConsultationRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: ConsultationRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      title: input.title,
      date: input.date,
      parties: toJsonText(input.parties ?? []),
      outcomes: toJsonText(input.outcomes ?? []),
      created_at: at,
      updated_at: at,
    };
    await insertAudited(trx, ctx, 'consultations', row, {
      action: 'consultation.created',
      entityKind: 'consultation',
      newValues: input,
    });
    return toRecord(row);
  });
}

export async function getConsultation(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<ConsultationRecord | undefined> {
  return getScoped(db, 'consultations', organisationId, id, toRecord);
}

export async function listConsultations(
  db: Executor,
  organisationId: string,
  filter: { year?: number; q?: string } = {},
  page: Page = FIRST_PAGE,
  sort: 'date' | '-date' | 'title' | '-title' = '-date',
): Promise<ListResult<ConsultationRecord>> {
  let q = db.selectFrom('consultations').where('consultations.organisation_id', '=', organisationId);
  if (filter.year)
    q = q
      .where('consultations.date', '>=', `${filter.year}-01-01`)
      .where('consultations.date', '<=', `${filter.year}-12-31`);
  if (filter.q) q = q.where(containsText(filter.q, ['consultations.title']));
  return listPage(
    q,
    'consultations',
    parseSort(sort, { date: 'date', title: 'title' }, '-date'),
    page,
    toRecord,
  );
}

export async function updateConsultation(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: Partial<Omit<NewConsultation, 'id'>>,
): Promise<ConsultationRecord> {
  const set: Partial<ConsultationRow> = {
    updated_at: nowIso(),
    ...columnChanges(changes, ['title', 'date', 'parties', 'outcomes'], { json: ['parties', 'outcomes'] }),
  };
  return updateRecord(
    db,
    ctx,
    'consultations',
    id,
    set,
    {
      action: 'consultation.updated',
      entityKind: 'consultation',
      entity: 'Overleg',
      newValues: changes,
    },
    toRecord,
  );
}
