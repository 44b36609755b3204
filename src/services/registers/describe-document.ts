import { reindexEntity } from '../../search/index.js';
import { type DocumentRecord, getDocument, updateDocument } from '../../store/repositories/documents.js';
import { inTransaction } from '../../store/transaction.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';

/** Corrects how a source document is described (title, kind); its bytes and extracted text stay as imported. */
export async function describeDocument(
  options: UseCase & { documentId: string; changes: { title?: string | null; kind?: string } },
): Promise<DocumentRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    if (!(await getDocument(trx, writer.organisationId, options.documentId)))
      throw missing('Document', options.documentId);
    const updated = await updateDocument(trx, writer, options.documentId, options.changes);
    await reindexEntity(trx, writer.organisationId, 'document', updated.id);
    return updated;
  });
}
