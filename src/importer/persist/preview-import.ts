import { type WriteContext, withDeferredAudit } from '../../store/audit.js';
import { newId } from '../../store/clock.js';
import type { Db } from '../../store/database.js';
import { findDocumentByContentHash } from '../../store/repositories/documents.js';
import { inTransaction } from '../../store/transaction.js';
import type { AnalyseOptions, FileInput } from '../analyse-file.js';
import type { Counts } from './import-context.js';
import { analyseOrFail, type ImportOutcome, unchanged } from './import-file.js';
import { storeDocument } from './store-document.js';

/** What importing a file would do to the register; nothing of it is stored. */
export type ImportPreview =
  | {
      file: string;
      status: 'preview';
      kind: string;
      counts: Counts;
      /** The analysis's warnings (what the document itself leaves open). */
      warnings: string[];
      /** What staff must check against the register: uncertain matches, meetings named by another kind. */
      registerWarnings: string[];
    }
  | Exclude<ImportOutcome, { status: 'imported' }>;

/** Thrown to roll the previews back. */
class RollBack extends Error {}

/**
 * What importing the files, in this order, would do to this register, without storing anything: the
 * same work in one transaction that is rolled back, so a later file is compared with the records of
 * the earlier ones too. Its register warnings are what staff check before they confirm.
 */
export async function previewImports(
  db: Db,
  writer: WriteContext,
  inputs: FileInput[],
  options: AnalyseOptions = {},
): Promise<ImportPreview[]> {
  const previews: ImportPreview[] = [];
  try {
    // Rolled back at the end: the deferred audit events are never appended (withDeferredAudit).
    await inTransaction(db, (trx) =>
      withDeferredAudit(trx, async () => {
        const shared = {};
        for (const input of inputs) {
          const file = typeof input === 'string' ? input : input.name;
          const read = await analyseOrFail(input, options);
          if (!read.detailed) {
            previews.push(read.failed);
            continue;
          }
          const { analysis, lines, text } = read.detailed;
          const before = await findDocumentByContentHash(trx, writer.organisationId, analysis.contentHash);
          if (before) {
            previews.push(unchanged(file, before.id, before.importedAt));
            continue;
          }
          const warnings = [...analysis.warnings];
          const stored = await storeDocument(trx, writer, {
            id: newId(),
            file,
            storagePath: null,
            analysis,
            lines,
            text,
            shared,
          });
          previews.push({
            file,
            status: 'preview',
            kind: analysis.kind,
            counts: stored.counts,
            warnings,
            registerWarnings: stored.warnings,
          });
        }
        throw new RollBack();
      }),
    );
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return previews;
}

export async function previewImport(
  db: Db,
  writer: WriteContext,
  input: FileInput,
  options: AnalyseOptions = {},
): Promise<ImportPreview> {
  const [preview] = await previewImports(db, writer, [input], options);
  return preview;
}
