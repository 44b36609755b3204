import { listDocumentsDrawnFromDrafts } from '../../store/repositories/document-subjects.js';
import { listProvenanceForEntity, type ProvenanceWithDocument } from '../../store/repositories/documents.js';
import type { ReadCase } from '../types.js';
import { findVisibleDocument } from './find-visible-document.js';

/**
 * Where a record came from (its spans with their source documents), as far as the reader may see the
 * documents: a document that is also the source of a concept the reader may not see (see canSeeDocument) is
 * left out, so a public page neither names it nor links to a page that answers 404. Only the documents drawn
 * from a concept are looked at one by one.
 */
export async function findVisibleSources(
  read: ReadCase & { entityKind: string; entityId: string },
): Promise<ProvenanceWithDocument[]> {
  const sources = await listProvenanceForEntity(read.db, read.organisationId, read.entityKind, read.entityId);
  const ids = [...new Set(sources.map((s) => s.document.id))];
  const drawn = await listDocumentsDrawnFromDrafts(read.db, read.organisationId, ids);
  if (drawn.length === 0) return sources;
  const hidden = new Set<string>();
  for (const documentId of drawn)
    if (!(await findVisibleDocument({ ...read, documentId }))) hidden.add(documentId);
  return sources.filter((s) => !hidden.has(s.document.id));
}
