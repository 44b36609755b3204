import type { AgreementKind, AgreementStatus } from '../../domain/types.js';
import type { WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { AgreementRow } from '../schema.js';
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
  updateRecord,
} from './shared.js';

export type AgreementRecord = Camelize<AgreementRow>;

export type NewAgreement = {
  id?: string;
  text: string;
  party?: string | null;
  dueDate?: string | null;
  /** open, fulfilled, partly-fulfilled, broken, withdrawn */
  status?: AgreementStatus;
  /** consultation, resolution, letter, motion, other */
  sourceKind?: string | null;
  consultationId?: string | null;
  letterId?: string | null;
  resolutionId?: string | null;
  /** A commitment (toezegging) of the college to the council: made at a meeting, by a portfolio holder. */
  kind?: AgreementKind;
  meetingId?: string | null;
  portfolioHolder?: string | null;
  fulfilment?: string | null;
  fulfilledOn?: string | null;
};
export type AgreementChanges = Partial<Omit<NewAgreement, 'id'>>;
export type AgreementFilter = {
  status?: AgreementStatus[];
  party?: string;
  consultationId?: string;
  resolutionId?: string;
  letterId?: string;
  /** Open agreements whose due date lies before this date (overdue is derived, never stored). */
  overdueOn?: string;
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  /** Also the deadlines letters set their readers (kind `deadline`): on the letter's own page, not in the register. */
  withDeadlines?: boolean;
};
export type AgreementSort = 'due' | '-due' | 'created' | '-created';

export async function createAgreement(
  db: Executor,
  ctx: WriteContext,
  input: NewAgreement,
): Promise<AgreementRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: AgreementRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      text: input.text,
      party: input.party ?? null,
      due_date: input.dueDate ?? null,
      status: input.status ?? 'open',
      source_kind: input.sourceKind ?? null,
      consultation_id: input.consultationId ?? null,
      letter_id: input.letterId ?? null,
      resolution_id: input.resolutionId ?? null,
      kind: input.kind ?? 'agreement',
      meeting_id: input.meetingId ?? null,
      portfolio_holder: input.portfolioHolder ?? null,
      fulfilment: input.fulfilment ?? null,
      fulfilled_on: input.fulfilledOn ?? null,
      created_at: at,
      updated_at: at,
    };
    return camelize(
      await insertAudited(trx, ctx, 'agreements', row, {
        action: 'agreement.created',
        entityKind: 'agreement',
      }),
    );
  });
}

/** Every commitment (kind `commitment`) of an organisation, oldest first: the importer matches a RIS list to them. */
export async function listAllCommitments(db: Executor, organisationId: string): Promise<AgreementRecord[]> {
  const rows = await db
    .selectFrom('agreements')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', 'commitment')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => camelize(row));
}

export async function getAgreement(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<AgreementRecord | undefined> {
  return getScoped(db, 'agreements', organisationId, id);
}

function filtered(db: Executor, organisationId: string, f: AgreementFilter) {
  let q = db.selectFrom('agreements').where('agreements.organisation_id', '=', organisationId);
  if (!f.withDeadlines) q = q.where('agreements.kind', '<>', 'deadline');
  if (f.status?.length) q = q.where('agreements.status', 'in', f.status);
  if (f.party) q = q.where('agreements.party', '=', f.party);
  if (f.consultationId) q = q.where('agreements.consultation_id', '=', f.consultationId);
  if (f.resolutionId) q = q.where('agreements.resolution_id', '=', f.resolutionId);
  if (f.letterId) q = q.where('agreements.letter_id', '=', f.letterId);
  if (f.overdueOn)
    q = q.where('agreements.status', '=', 'open').where('agreements.due_date', '<', f.overdueOn);
  if (f.dueFrom) q = q.where('agreements.due_date', '>=', f.dueFrom);
  if (f.dueTo) q = q.where('agreements.due_date', '<=', f.dueTo);
  if (f.q) {
    q = q.where(containsText(f.q, ['agreements.text', 'agreements.party']));
  }
  return q;
}

export async function listAgreements(
  db: Executor,
  organisationId: string,
  filter: AgreementFilter = {},
  page: Page = FIRST_PAGE,
  sort: AgreementSort = 'due',
): Promise<ListResult<AgreementRecord>> {
  return listPage(
    filtered(db, organisationId, filter),
    'agreements',
    parseSort(sort, { due: 'due_date', created: 'created_at' }, 'due'),
    page,
  );
}

/** Changes fields or the status (fulfilment is a status change, recorded in the audit trail). */
export async function updateAgreement(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: AgreementChanges,
): Promise<AgreementRecord> {
  const set: Partial<AgreementRow> = {
    updated_at: nowIso(),
    ...columnChanges(changes, [
      'text',
      'party',
      'dueDate',
      'status',
      'sourceKind',
      'consultationId',
      'letterId',
      'resolutionId',
      'meetingId',
      'portfolioHolder',
      'fulfilment',
      'fulfilledOn',
    ]),
  };
  return updateRecord(db, ctx, 'agreements', id, set, {
    action: changes.status !== undefined ? 'agreement.status-changed' : 'agreement.updated',
    entityKind: 'agreement',
    entity: 'Afspraak',
  });
}
