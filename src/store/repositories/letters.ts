import { sql } from 'kysely';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { insertBatched } from '../batches.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { LetterAttachmentRow, LetterRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import {
  columnChanges,
  containsText,
  FIRST_PAGE,
  insertAudited,
  type ListResult,
  listPage,
  type Page,
  parseSort,
  requireScoped,
  selectScoped,
  updateAudited,
} from './shared.js';

export type LetterRecord = Camelize<LetterRow>;
export type LetterAttachmentRecord = Camelize<LetterAttachmentRow>;
export type LetterWithAttachments = LetterRecord & { attachments: LetterAttachmentRecord[] };

export type NewLetter = {
  id?: string;
  /** kenmerk, e.g. U202500147 */
  reference?: string | null;
  /** Lbr-number, e.g. Lbr. 25/015 */
  number?: string | null;
  date?: string | null;
  subject: string;
  addressees?: string | null;
  body?: string | null;
  attachments?: NewLetterAttachment[];
};
export type NewLetterAttachment = { title: string; documentId?: string | null };
export type LetterChanges = Partial<Omit<NewLetter, 'id' | 'attachments'>>;
export type LetterFilter = { year?: number; reference?: string; number?: string; q?: string };

export async function createLetter(
  db: Executor,
  ctx: WriteContext,
  input: NewLetter,
): Promise<LetterWithAttachments> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: LetterRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      reference: input.reference ?? null,
      number: input.number ?? null,
      date: input.date ?? null,
      subject: input.subject,
      addressees: input.addressees ?? null,
      body: input.body ?? null,
      created_at: at,
      updated_at: at,
    };
    await insertAudited(trx, ctx, 'letters', row, {
      action: 'letter.created',
      entityKind: 'letter',
      newValues: input,
    });
    const attachments = (input.attachments ?? []).map(
      (a, i): LetterAttachmentRow => ({
        id: newId(),
        organisation_id: ctx.organisationId,
        letter_id: row.id,
        position: i + 1,
        title: a.title,
        document_id: a.documentId ?? null,
      }),
    );
    await insertBatched(trx, 'letter_attachments', attachments);
    return { ...camelize(row), attachments: attachments.map(camelize) };
  });
}

export async function listLetterAttachments(
  db: Executor,
  organisationId: string,
  letterId: string,
): Promise<LetterAttachmentRecord[]> {
  const rows = await db
    .selectFrom('letter_attachments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('letter_id', '=', letterId)
    .orderBy('position')
    .execute();
  return rows.map(camelize);
}

export async function getLetter(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<LetterWithAttachments | undefined> {
  const row = await selectScoped(db, 'letters', organisationId, id);
  return row && { ...camelize(row), attachments: await listLetterAttachments(db, organisationId, id) };
}

/** A letter by its kenmerk (unique in practice, not enforced: archives contain duplicates). */
export async function findLetterByReference(
  db: Executor,
  organisationId: string,
  reference: string,
): Promise<LetterWithAttachments | undefined> {
  const row = await db
    .selectFrom('letters')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('reference', '=', reference)
    .orderBy('created_at')
    .executeTakeFirst();
  return row && getLetter(db, organisationId, row.id);
}

/** The letter with this Lbr-number, however it is spaced or capitalised ("Lbr.23/017" = "lbr. 23/017"). */
export async function findLetterByNumber(
  db: Executor,
  organisationId: string,
  number: string,
): Promise<LetterWithAttachments | undefined> {
  const wanted = number.toLowerCase().replace(/\s+/g, '');
  const row = await db
    .selectFrom('letters')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql<string>`replace(lower(${sql.ref('number')}), ' ', '')`, '=', wanted)
    .orderBy('created_at')
    .executeTakeFirst();
  return row && getLetter(db, organisationId, row.id);
}

export async function listLetters(
  db: Executor,
  organisationId: string,
  filter: LetterFilter = {},
  page: Page = FIRST_PAGE,
  sort: 'date' | '-date' | 'subject' | '-subject' = '-date',
): Promise<ListResult<LetterRecord>> {
  let q = db.selectFrom('letters').where('letters.organisation_id', '=', organisationId);
  if (filter.year)
    q = q
      .where('letters.date', '>=', `${filter.year}-01-01`)
      .where('letters.date', '<=', `${filter.year}-12-31`);
  if (filter.reference) q = q.where('letters.reference', '=', filter.reference);
  if (filter.number) q = q.where('letters.number', '=', filter.number);
  if (filter.q) {
    q = q.where(containsText(filter.q, ['letters.subject', 'letters.reference', 'letters.number']));
  }
  return listPage(q, 'letters', parseSort(sort, { date: 'date', subject: 'subject' }, '-date'), page);
}

export async function updateLetter(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: LetterChanges,
): Promise<LetterWithAttachments> {
  return inTransaction(db, async (trx) => {
    const set: Partial<LetterRow> = {
      updated_at: nowIso(),
      ...columnChanges(changes, ['reference', 'number', 'date', 'subject', 'addressees', 'body']),
    };
    await updateAudited(trx, ctx, 'letters', id, set, {
      action: 'letter.updated',
      entityKind: 'letter',
      entity: 'Ledenbrief',
    });
    return (await getLetter(trx, ctx.organisationId, id))!;
  });
}

/** Appends an attachment (bijlage) at the end of the letter's list. */
export async function addLetterAttachment(
  db: Executor,
  ctx: WriteContext,
  letterId: string,
  attachment: NewLetterAttachment,
): Promise<LetterAttachmentRecord> {
  return inTransaction(db, async (trx) => {
    await requireScoped(trx, 'letters', ctx.organisationId, letterId, 'Ledenbrief');
    const last = await trx
      .selectFrom('letter_attachments')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('letter_id', '=', letterId)
      .executeTakeFirst();
    const row: LetterAttachmentRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      letter_id: letterId,
      position: Number(last?.max ?? 0) + 1,
      title: attachment.title,
      document_id: attachment.documentId ?? null,
    };
    await trx.insertInto('letter_attachments').values(row).execute();
    await appendAuditEvent(trx, ctx, {
      action: 'letter.attachment-added',
      entityKind: 'letter',
      entityId: letterId,
      newValues: row,
    });
    return camelize(row);
  });
}

/** The letters of one date (id, subject, number), oldest first: candidates when linking a report to its letter. */
export async function listLettersOfDate(
  db: Executor,
  organisationId: string,
  date: string,
): Promise<{ id: string; subject: string; number: string | null }[]> {
  return db
    .selectFrom('letters')
    .select(['id', 'subject', 'number'])
    .where('organisation_id', '=', organisationId)
    .where('date', '=', date)
    .orderBy('created_at')
    .execute();
}
