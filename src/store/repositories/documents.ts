import { appendAuditEvent, type WriteContext } from '../audit.js';
import { insertBatched } from '../batches.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { DocumentRow, ProvenanceRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { noDraftSubjects } from './document-subjects.js';
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
  requireExisting,
  toJsonText,
  updateRecord,
} from './shared.js';

/** warnings are stored as a JSON array of strings. */
export type DocumentRecord = Omit<Camelize<DocumentRow>, 'warnings'> & { warnings: string[] };
export type ProvenanceRecord = Camelize<ProvenanceRow>;

export type NewDocument = {
  id?: string;
  filename: string;
  mediaType: string;
  /** sha256 hex of the bytes; unique per organisation, so re-importing a file is a no-op. */
  contentHash: string;
  size: number;
  storagePath?: string | null;
  kind?: string;
  title?: string | null;
  text?: string;
  status?: string;
  warnings?: string[];
  importedAt?: string | null;
};
export type DocumentChanges = Partial<
  Pick<NewDocument, 'storagePath' | 'kind' | 'title' | 'text' | 'status' | 'warnings' | 'importedAt'>
>;
export type DocumentFilter = {
  kind?: string[];
  status?: string[];
  q?: string;
  /** Leave out documents drawn from a concept motion or resolution. */
  withoutDraftSources?: boolean;
  /** Leave out uploads that are not imported yet (preview, pending). */
  importedOnly?: boolean;
};

const toRecord = (row: DocumentRow): DocumentRecord => ({
  ...camelize(row),
  warnings: fromJsonText(row.warnings, []),
});

export async function createDocument(
  db: Executor,
  ctx: WriteContext,
  input: NewDocument,
): Promise<DocumentRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: DocumentRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      filename: input.filename,
      media_type: input.mediaType,
      content_hash: input.contentHash,
      size: input.size,
      storage_path: input.storagePath ?? null,
      kind: input.kind ?? 'other',
      title: input.title ?? null,
      text: input.text ?? '',
      status: input.status ?? 'stored',
      warnings: toJsonText(input.warnings ?? []),
      imported_at: input.importedAt ?? null,
      created_at: at,
      updated_at: at,
    };
    // The extracted text can be long: the audit event keeps the metadata, not the text.
    const { text: _text, ...meta } = input;
    await insertAudited(trx, ctx, 'documents', row, {
      action: 'document.created',
      entityKind: 'document',
      newValues: meta,
    });
    return toRecord(row);
  });
}

export async function getDocument(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<DocumentRecord | undefined> {
  return getScoped(db, 'documents', organisationId, id, toRecord);
}

export async function findDocumentByContentHash(
  db: Executor,
  organisationId: string,
  contentHash: string,
): Promise<DocumentRecord | undefined> {
  const row = await db
    .selectFrom('documents')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
  return row && toRecord(row);
}

export async function listDocuments(
  db: Executor,
  organisationId: string,
  filter: DocumentFilter = {},
  page: Page = FIRST_PAGE,
  sort: 'created' | '-created' | 'filename' | '-filename' = '-created',
): Promise<ListResult<DocumentRecord>> {
  let q = db.selectFrom('documents').where('documents.organisation_id', '=', organisationId);
  if (filter.kind?.length) q = q.where('documents.kind', 'in', filter.kind);
  if (filter.status?.length) q = q.where('documents.status', 'in', filter.status);
  if (filter.q) {
    q = q.where(containsText(filter.q, ['documents.filename', 'documents.title']));
  }
  if (filter.withoutDraftSources) q = q.where(noDraftSubjects);
  if (filter.importedOnly) q = q.where('documents.status', 'not in', ['pending', 'preview']);
  return listPage(
    q,
    'documents',
    parseSort(sort, { created: 'created_at', filename: 'filename' }, '-created', ['created', 'filename']),
    page,
    toRecord,
  );
}

export async function updateDocument(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: DocumentChanges,
): Promise<DocumentRecord> {
  const set: Partial<DocumentRow> = {
    updated_at: nowIso(),
    ...columnChanges(changes, ['storagePath', 'kind', 'title', 'text', 'status', 'warnings', 'importedAt'], {
      json: ['warnings'],
    }),
  };
  const { text: _text, ...meta } = changes;
  return updateRecord(
    db,
    ctx,
    'documents',
    id,
    set,
    {
      action: 'document.updated',
      entityKind: 'document',
      entity: 'Brondocument',
      newValues: { ...meta, textChanged: changes.text !== undefined },
    },
    toRecord,
  );
}

export type NewProvenance = {
  entityKind: string;
  entityId: string;
  fromLine?: number | null;
  toLine?: number | null;
  page?: number | null;
};

/** Records where records came from in a document; one audit event for the batch. */
export async function addProvenance(
  db: Executor,
  ctx: WriteContext,
  documentId: string,
  spans: NewProvenance[],
): Promise<ProvenanceRecord[]> {
  return inTransaction(db, async (trx) => {
    await requireExisting(trx, 'documents', ctx.organisationId, documentId, 'Brondocument');
    const rows = spans.map(
      (s): ProvenanceRow => ({
        id: newId(),
        organisation_id: ctx.organisationId,
        document_id: documentId,
        entity_kind: s.entityKind,
        entity_id: s.entityId,
        from_line: s.fromLine ?? null,
        to_line: s.toLine ?? null,
        page: s.page ?? null,
      }),
    );
    if (rows.length === 0) return [];
    await insertBatched(trx, 'provenance', rows);
    await appendAuditEvent(trx, ctx, {
      action: 'document.provenance-added',
      entityKind: 'document',
      entityId: documentId,
      newValues: spans,
    });
    return rows.map(camelize);
  });
}

export type ProvenanceWithDocument = ProvenanceRecord & {
  document: { id: string; filename: string; title: string | null; kind: string };
};

/** Where an entity came from: its spans with the source documents. */
export async function listProvenanceForEntity(
  db: Executor,
  organisationId: string,
  entityKind: string,
  entityId: string,
): Promise<ProvenanceWithDocument[]> {
  const rows = await db
    .selectFrom('provenance as p')
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .selectAll('p')
    .select(['d.filename as d_filename', 'd.title as d_title', 'd.kind as d_kind'])
    .where('p.organisation_id', '=', organisationId)
    .where('p.entity_kind', '=', entityKind)
    .where('p.entity_id', '=', entityId)
    .orderBy('p.from_line', (ob) => ob.asc().nullsFirst())
    .orderBy('p.id')
    .execute();
  return rows.map(({ d_filename, d_title, d_kind, ...p }) => ({
    ...camelize(p as ProvenanceRow),
    document: { id: p.document_id, filename: d_filename, title: d_title, kind: d_kind },
  }));
}

/** Everything extracted from one document, in document order. */
export async function listProvenanceForDocument(
  db: Executor,
  organisationId: string,
  documentId: string,
): Promise<ProvenanceRecord[]> {
  const rows = await db
    .selectFrom('provenance')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('document_id', '=', documentId)
    .orderBy('from_line', (ob) => ob.asc().nullsFirst())
    .orderBy('id')
    .execute();
  return rows.map(camelize);
}
