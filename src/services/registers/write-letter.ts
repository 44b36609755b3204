import { reindexEntity } from '../../search/index.js';
import { getDocument } from '../../store/repositories/documents.js';
import {
  addLetterAttachment,
  createLetter,
  getLetter,
  type LetterAttachmentRecord,
  type LetterChanges,
  type LetterWithAttachments,
  type NewLetter,
  type NewLetterAttachment,
  updateLetter,
} from '../../store/repositories/letters.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, missing } from '../errors.js';
import type { UseCase } from '../types.js';

/** Registers a member letter (ledenbrief) with kenmerk, Lbr-number and attachments. */
export async function writeLetter(options: UseCase & { letter: NewLetter }): Promise<LetterWithAttachments> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    for (const a of options.letter.attachments ?? []) await assertDocument(trx, writer.organisationId, a);
    const letter = await createLetter(trx, writer, options.letter);
    await reindexEntity(trx, writer.organisationId, 'letter', letter.id);
    return letter;
  });
}

export async function editLetter(
  options: UseCase & { letterId: string; changes: LetterChanges },
): Promise<LetterWithAttachments> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    if (!(await getLetter(trx, writer.organisationId, options.letterId)))
      throw missing('Ledenbrief', options.letterId);
    await updateLetter(trx, writer, options.letterId, options.changes);
    await reindexEntity(trx, writer.organisationId, 'letter', options.letterId);
    return (await getLetter(trx, writer.organisationId, options.letterId))!;
  });
}

/** Adds an attachment (bijlage), optionally pointing at an imported source document. */
export async function attachToLetter(
  options: UseCase & { letterId: string; attachment: NewLetterAttachment },
): Promise<LetterAttachmentRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    if (!(await getLetter(trx, writer.organisationId, options.letterId)))
      throw missing('Ledenbrief', options.letterId);
    await assertDocument(trx, writer.organisationId, options.attachment);
    return addLetterAttachment(trx, writer, options.letterId, options.attachment);
  });
}

async function assertDocument(db: UseCase['db'], org: string, a: NewLetterAttachment): Promise<void> {
  if (a.documentId && !(await getDocument(db, org, a.documentId)))
    throw invalid('document', 'unknown_document', `Document ${a.documentId} bestaat niet.`);
}
