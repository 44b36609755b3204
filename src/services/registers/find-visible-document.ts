import type { Principal } from '../../auth/index.js';
import type { Executor } from '../../store/database.js';
import { listDocumentSubjects } from '../../store/repositories/document-subjects.js';
import { type DocumentRecord, getDocument } from '../../store/repositories/documents.js';
import { canSeeDocument } from '../visibility.js';

/** One source document if the reader may see it (see canSeeDocument); undefined when missing or not visible. */
export async function findVisibleDocument(options: {
  db: Executor;
  organisationId: string;
  reader: Principal;
  documentId: string;
}): Promise<DocumentRecord | undefined> {
  const document = await getDocument(options.db, options.organisationId, options.documentId);
  if (!document) return undefined;
  const subjects = await listDocumentSubjects(options.db, options.organisationId, document.id);
  return canSeeDocument(options.reader, document, subjects) ? document : undefined;
}
