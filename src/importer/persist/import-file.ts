import { basename } from 'node:path';
import type { WriteContext } from '../../store/audit.js';
import { newId, nowIso } from '../../store/clock.js';
import type { Db } from '../../store/database.js';
import { createDocument, findDocumentByContentHash } from '../../store/repositories/documents.js';
import { inTransaction } from '../../store/transaction.js';
import { type AnalyseOptions, analyseFileDetailed, type FileInput } from '../analyse-file.js';
import { isImportError } from '../errors.js';
import type { DocumentFormat } from '../types.js';
import { type Counts, ImportContext, type SharedLookups } from './import-context.js';
import { documentsDir, keepOriginal, removeOriginal } from './original-files.js';
import { storeAmendments } from './store-amendments.js';
import { storeMemberLetter } from './store-letter.js';
import { storeMotion } from './store-motion.js';
import { storeAccountabilityReport } from './store-report.js';
import { storeResolutions } from './store-resolutions.js';

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
};

/** The register's words for document kinds (GET /documenten?soort=…); the analysis keeps the issue's. */
const DOCUMENT_KIND: Record<string, string> = { 'member-letter': 'letter', unknown: 'other' };

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

function unchanged(file: string, documentId: string, importedAt: string | null): ImportOutcome {
  const when = importedAt ? ` op ${importedAt.slice(0, 10)}` : '';
  return {
    file,
    status: 'unchanged',
    documentId,
    message: `Dit bestand is al geïmporteerd${when}; niets gewijzigd.`,
  };
}

/**
 * Imports one file: analyse it (nothing is stored when it cannot be read), then in one transaction
 * the document with its text, every record with its provenance, and the search index. The same
 * bytes a second time are a no-op that says so.
 */
export async function importFile(
  db: Db,
  writer: WriteContext,
  input: FileInput,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const file = typeof input === 'string' ? input : input.name;
  let detailed: Awaited<ReturnType<typeof analyseFileDetailed>>;
  let bytes: Uint8Array;
  try {
    detailed = await analyseFileDetailed(input, options);
    bytes = detailed.bytes;
  } catch (error) {
    if (!isImportError(error)) throw error;
    return { file, status: 'failed', error: { code: error.code, message: error.message } };
  }
  const { analysis, lines, text } = detailed;
  const org = writer.organisationId;
  const before = await findDocumentByContentHash(db, org, analysis.contentHash);
  if (before) return unchanged(file, before.id, before.importedAt);
  const keep = options.keepOriginals !== false && options.documentsDir !== null;
  const storagePath = keep
    ? await keepOriginal(documentsDir(options.documentsDir), analysis.contentHash, file, bytes)
    : null;
  const documentId = newId();
  try {
    const counts = await inTransaction(db, async (trx) => {
      await createDocument(trx, writer, {
        id: documentId,
        filename: basename(file),
        mediaType: MEDIA_TYPES[analysis.format],
        contentHash: analysis.contentHash,
        size: analysis.bytes,
        storagePath,
        kind: DOCUMENT_KIND[analysis.kind] ?? analysis.kind,
        title: analysis.title,
        text,
        status: analysis.kind === 'unknown' ? 'unrecognised' : 'imported',
        warnings: analysis.warnings,
        importedAt: nowIso(),
      });
      const ic = new ImportContext(trx, writer, documentId, basename(file), options.shared);
      const last = lines[lines.length - 1];
      const span = {
        lines: { from: lines[0]?.line ?? 1, to: last?.endLine ?? 1 },
        pages: { from: 1, to: last?.endPage ?? 1 },
      };
      if (analysis.kind === 'accountability-report')
        analysis.warnings.push(...(await storeAccountabilityReport(ic, analysis)));
      else
        for (const motion of analysis.motions) await storeMotion(ic, motion, { meeting: analysis.meeting });
      await storeResolutions(ic, analysis.resolutions, { agendaItem: analysis.agendaItem });
      await storeAmendments(ic, analysis, documentId);
      if (analysis.kind === 'member-letter') await storeMemberLetter(ic, analysis, text, span);
      ic.track('document', documentId);
      await ic.finish();
      return ic.counts;
    });
    return { file, status: 'imported', documentId, kind: analysis.kind, counts, warnings: analysis.warnings };
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
