import { type WriteContext, withDeferredAudit } from '../../store/audit.js';
import { newId } from '../../store/clock.js';
import type { Db } from '../../store/database.js';
import { findDocumentByContentHash } from '../../store/repositories/documents.js';
import { inTransaction } from '../../store/transaction.js';
import { type AnalyseOptions, analyseFileDetailed, type FileInput } from '../analyse-file.js';
import { isImportError } from '../errors.js';
import type { Counts, SharedLookups } from './import-context.js';
import { documentsDir, keepOriginal, removeOriginal } from './original-files.js';
import { storeDocument } from './store-document.js';

export type ImportOutcome =
  | { file: string; status: 'imported'; documentId: string; kind: string; counts: Counts; warnings: string[] }
  | { file: string; status: 'unchanged'; documentId: string; message: string }
  | { file: string; status: 'failed'; error: { code: string; message: string } };

export type ImportOptions = AnalyseOptions & {
  /** Directory for the original files (default DOCUMENTS_DIR or ./data/documents); null keeps none. */
  documentsDir?: string | null;
  keepOriginals?: boolean;
  /** Lookups shared by the files of one batch (importFiles fills it). */
  shared?: SharedLookups;
};

export function unchanged(
  file: string,
  documentId: string,
  importedAt: string | null,
): Extract<ImportOutcome, { status: 'unchanged' }> {
  const when = importedAt ? ` op ${importedAt.slice(0, 10)}` : '';
  return {
    file,
    status: 'unchanged',
    documentId,
    message: `Dit bestand is al geïmporteerd${when}; niets gewijzigd.`,
  };
}

/** Analyses a file; an unreadable one is a failed outcome, never an exception. */
export async function analyseOrFail(input: FileInput, options: AnalyseOptions) {
  try {
    return { detailed: await analyseFileDetailed(input, options) };
  } catch (error) {
    if (!isImportError(error)) throw error;
    const file = typeof input === 'string' ? input : input.name;
    const failed = { file, status: 'failed' as const, error: { code: error.code, message: error.message } };
    return { failed };
  }
}

/**
 * Imports one file: analyse it (nothing is stored when it cannot be read), then in one transaction
 * the document with its text, every record with its provenance, and the search index. The same
 * bytes a second time are a no-op that says so. The outcome's warnings are the analysis's and the
 * register's (a meeting named by another kind, a motion that may be one the register has).
 */
export async function importFile(
  db: Db,
  writer: WriteContext,
  input: FileInput,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const file = typeof input === 'string' ? input : input.name;
  const read = await analyseOrFail(input, options);
  if (!read.detailed) return read.failed;
  const { analysis, lines, text, bytes } = read.detailed;
  const org = writer.organisationId;
  const before = await findDocumentByContentHash(db, org, analysis.contentHash);
  if (before) return unchanged(file, before.id, before.importedAt);
  const keep = options.keepOriginals !== false && options.documentsDir !== null;
  const storagePath = keep
    ? await keepOriginal(documentsDir(options.documentsDir), analysis.contentHash, file, bytes)
    : null;
  const documentId = newId();
  const analysisWarnings = [...analysis.warnings];
  try {
    // The document's audit events join the chain in one step at the end (ADR 016).
    const stored = await inTransaction(db, (trx) =>
      withDeferredAudit(trx, () =>
        storeDocument(trx, writer, {
          id: documentId,
          file,
          storagePath,
          analysis,
          lines,
          text,
          shared: options.shared,
        }),
      ),
    );
    return {
      file,
      status: 'imported',
      documentId,
      kind: analysis.kind,
      counts: stored.counts,
      warnings: [...analysisWarnings, ...stored.warnings],
    };
  } catch (error) {
    if (storagePath) await removeOriginal(storagePath);
    const again = await findDocumentByContentHash(db, org, analysis.contentHash);
    if (again) return unchanged(file, again.id, again.importedAt);
    throw error;
  }
}

/** Imports files one by one; a file that fails does not stop the others. */
export async function importFiles(
  db: Db,
  writer: WriteContext,
  inputs: FileInput[],
  options: ImportOptions & { onProgress?: (done: number, outcome: ImportOutcome) => void } = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const shared = options.shared ?? {};
  for (const input of inputs) {
    const outcome = await importFile(db, writer, input, { ...options, shared });
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, outcome);
  }
  return outcomes;
}
