import { performance } from 'node:perf_hooks';
import { type AnalysedText, reindexEntities, type SearchKind } from '../../search/index.js';
import {
  deferredAuditMark,
  dropDeferredAuditSince,
  type WriteContext,
  whenAuditAppended,
} from '../../store/audit.js';
import { refreshPlannerStatistics } from '../../store/bulk.js';
import { newId, withTimeOrderedIds } from '../../store/clock.js';
import type { Db } from '../../store/database.js';
import { forgetKnownReferences, withKnownReferences } from '../../store/references.js';
import { findDocumentByContentHash } from '../../store/repositories/documents.js';
import { registerHead } from '../../store/repositories/motion-candidates.js';
import { inSavepoint, inTransaction } from '../../store/transaction.js';
import { dropWriteBuffer, flushWriteBuffer, withWriteBuffer } from '../../store/write-buffer.js';
import {
  type AnalyseOptions,
  analyseFileDetailed,
  type DetailedAnalysis,
  type FileInput,
} from '../analyse-file.js';
import { isImportError } from '../errors.js';
import { type Analysed, AnalysisAhead } from './analyse-ahead.js';
import type { Counts, SharedLookups } from './import-context.js';
import { MotionCandidates } from './motion-candidates.js';
import { documentsDir, originalPath, removeOriginal, writeOriginal } from './original-files.js';
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

/** A write that never rejects: what it failed with, or nothing (awaited later, never an unhandled rejection). */
function settled(write: Promise<void>): Promise<{ error: unknown } | undefined> {
  return write.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A file analysed, with its name, ready to be stored. */
type Ready = { file: string; detailed: DetailedAnalysis };

/**
 * At most this many files share one transaction (and one signing of the audit anchor): a commit writes every page
 * the batch changed, and the last pages of the indexes are changed by every file of it, so larger batches write
 * fewer pages a file (41 at 16 files, 28 at 64 for the bench's corpus, ADR 045) …
 */
export const BATCH_FILES = 64;
/** … and a transaction takes no new file after this long (ms), so other writers never wait long. */
export const BATCH_MILLIS = 250;
/** An import of at least this many files refreshes the planner's statistics when it is done. */
const STATISTICS_AFTER = 100;
/** A batch waits at most this long (ms) for the analyses of more files before it is stored. */
export const BATCH_GATHER_MS = 20;

/**
 * Stores analysed files in one transaction, each in a savepoint with its own audit events (one step per
 * document, ADR 016) and provenance, the search entries of them all written once at the end (ADR 033); the same bytes a second time are a no-op that says so. A
 * file whose storing fails is rolled back alone and ends the batch: the files before it are committed, the error
 * is returned with the file (the caller decides). The candidate motions for matching are read once per batch.
 * A document's original file is written before its records are stored (a large one while they are, through the
 * thread pool: writeOriginal), and every original of the batch is on disk before it commits.
 */
async function storeBatch(
  db: Db,
  writer: WriteContext,
  files: Ready[],
  options: ImportOptions,
): Promise<{ outcomes: ImportOutcome[]; failure?: { file: Ready; error: unknown } }> {
  const org = writer.organisationId;
  const keep = options.keepOriginals !== false && options.documentsDir !== null;
  const shared = options.shared ?? {};
  // The originals of the batch, each with its write (started, not yet awaited).
  const kept = new Map<string, Promise<{ error: unknown } | undefined>>();
  const outcomes: ImportOutcome[] = [];
  let failure: { file: Ready; error: unknown } | undefined;
  const toIndex = new Map<string, { kind: SearchKind; id: string }>();
  // The stored documents' own search entries as the analysis worker analysed them, by `document:id`.
  const analysedAhead = new Map<string, AnalysedText>();
  const started = performance.now();
  let appended: number | undefined;
  let keptFrom: number | undefined;
  try {
    await inTransaction(db, async (trx) => {
      // The candidate motions read by the last batch stay valid when nobody wrote since it committed.
      const head = await registerHead(trx);
      if (shared.candidates && shared.candidates.keptAt === head) shared.candidates.use(trx);
      else shared.candidates = new MotionCandidates(trx, org);
      // The audit events of every document of the batch join the chain in one step at the transaction's end
      // (inTransaction), and the records its writes point at are looked up once (ADR 030). The rows of a
      // document's submitters, transitions and pre-advices go in one multi-row insert per table.
      // The head after the batch's events: the candidates stay valid up to it.
      whenAuditAppended(trx, (last) => {
        appended = last.seq;
      });
      const storeAll = () => withWriteBuffer(trx, storeFiles);
      const storeFiles = async () => {
        for (const ready of files) {
          if (outcomes.length > 0 && performance.now() - started > BATCH_MILLIS) break;
          // One turn of the event loop between documents: the analysis worker's answers are taken in and it is
          // sent its next files while this batch is stored (else it stands idle until the batch has committed).
          if (outcomes.length > 0) await nextTurn();
          const { file, detailed } = ready;
          const { analysis, lines, text, bytes, consultations } = detailed;
          const before = await findDocumentByContentHash(trx, org, analysis.contentHash);
          if (before) {
            outcomes.push(unchanged(file, before.id, before.importedAt));
            continue;
          }
          const storagePath = keep
            ? originalPath(documentsDir(options.documentsDir), analysis.contentHash, file)
            : null;
          if (storagePath) kept.set(storagePath, settled(writeOriginal(storagePath, bytes)));
          const documentId = newId();
          const mark = deferredAuditMark(trx);
          try {
            const stored = await inSavepoint(trx, async () => {
              const done = await storeDocument(trx, writer, {
                id: documentId,
                file,
                storagePath,
                analysis,
                lines,
                text,
                consultations,
                shared,
                indexLater: true,
              });
              // The document's buffered rows go in inside its savepoint: a failure takes them back with it.
              await flushWriteBuffer(trx);
              return done;
            });
            if (detailed.documentIndex)
              analysedAhead.set(`document:${documentId}`, { ...detailed.documentIndex, body: text });
            // Written once for the batch, below; a record named again moves to the end (indexed last).
            for (const entry of stored.toIndex) {
              const key = `${entry.kind}:${entry.id}`;
              toIndex.delete(key);
              toIndex.set(key, entry);
            }
            outcomes.push({
              file,
              status: 'imported',
              documentId,
              kind: analysis.kind,
              counts: stored.counts,
              warnings: [...analysis.warnings, ...stored.warnings],
            });
          } catch (error) {
            // Rolled back to the savepoint: the document's events go with its writes, and what it created.
            dropDeferredAuditSince(trx, mark);
            dropWriteBuffer(trx);
            forgetKnownReferences(trx);
            if (storagePath) {
              await kept.get(storagePath);
              kept.delete(storagePath);
              await removeOriginal(storagePath);
            }
            failure = { file: ready, error };
            break;
          }
        }
        // The search entries of every document stored, in one step (their records as the batch leaves them).
        await reindexEntities(trx, org, toIndex.values(), analysedAhead);
        // The originals of the documents stored are on disk before the batch commits; a write that failed
        // fails the batch (as a document that cannot be kept is not imported).
        for (const write of kept.values()) {
          const outcome = await write;
          if (outcome) throw outcome.error;
        }
      };
      await withKnownReferences(trx, storeAll);
      keptFrom = head;
    });
    // The batch's own writes are in the index; another writer's next ones move the head past this.
    if (!failure && shared.candidates) shared.candidates.keptAt = appended ?? keptFrom ?? null;
  } catch (error) {
    // Nothing of the batch was committed: its originals go too, and the index holds what was rolled back.
    shared.candidates = undefined;
    for (const [path, write] of kept) {
      await write;
      await removeOriginal(path);
    }
    throw error;
  }
  return { outcomes, failure };
}

/** After a file's storing failed: the same file stored meanwhile by another import is unchanged; else the error stands. */
async function afterFailure(db: Db, writer: WriteContext, failure: { file: Ready; error: unknown }) {
  const { file, detailed } = failure.file;
  const again = await findDocumentByContentHash(db, writer.organisationId, detailed.analysis.contentHash);
  if (again) return unchanged(file, again.id, again.importedAt);
  throw failure.error;
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
  const ready = { file, detailed: read.detailed };
  // Time-ordered ids while the batch writes: its rows go to the end of each index, not to random pages (ADR 047).
  const { outcomes, failure } = await withTimeOrderedIds(() => storeBatch(db, writer, [ready], options));
  return failure ? afterFailure(db, writer, failure) : (outcomes[0] as ImportOutcome);
}

/** The analyses of an import's files in order: in a worker ahead of storing, or here one by one. */
type AnalysisSource = {
  /** The next analysis is done and in hand. */
  readonly nextAnalysed: boolean;
  /** Taking the next analysis does not wait for the worker (it is done, or is read here when taken). */
  readonly nextReady: boolean;
  readonly remaining: number;
  take(): Promise<Analysed>;
  /** Resolves when the next analysis is done, or after `ms`. */
  whenNextReady(ms: number): Promise<void>;
  close(): Promise<void>;
};

function analysisSource(inputs: FileInput[], options: ImportOptions): AnalysisSource {
  // A worker pays off from the second file; a municipality index of the caller's own cannot be sent to one.
  if (inputs.length > 1 && !options.municipalities)
    return new AnalysisAhead(inputs, { maxBytes: options.maxBytes, referenceDate: options.referenceDate });
  let next = 0;
  return {
    nextAnalysed: false,
    nextReady: false,
    get remaining() {
      return inputs.length - next;
    },
    take: () => analyseOrFail(inputs[next++], options) as Promise<Analysed>,
    // Read here when taken: nothing to wait for.
    whenNextReady: async () => undefined,
    close: async () => undefined,
  };
}

/**
 * Imports files; a file that fails to be read does not stop the others. The next files are analysed (in a worker)
 * while the current ones are stored, and the files analysed by then are stored together in one transaction
 * (storeBatch): progress is reported when they are committed.
 */
export async function importFiles(
  db: Db,
  writer: WriteContext,
  inputs: FileInput[],
  options: ImportOptions & { onProgress?: (done: number, outcome: ImportOutcome) => void } = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const shared = options.shared ?? {};
  const source = analysisSource(inputs, options);
  const report = (outcome: ImportOutcome) => {
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, outcome);
  };
  try {
    // Files in input order: analysed (or failed to be read), not yet stored.
    const queue: Analysed[] = [];
    while (source.remaining > 0 || queue.length > 0) {
      // The next file (waiting for its analysis), then those already analysed, up to a batch; when the analysis
      // is only just ahead (a PDF takes about as long to read as to store), those done within BATCH_GATHER_MS
      // too, and as many read here while the worker starts: a transaction costs ~2 ms of its own (its commit,
      // the audit step, the search entries), worth sharing among several files rather than paying per file.
      if (queue.length === 0) queue.push(await source.take());
      const gatherUntil = performance.now() + BATCH_GATHER_MS;
      while (queue.length < BATCH_FILES && source.remaining > 0) {
        if (!source.nextAnalysed) {
          const left = gatherUntil - performance.now();
          if (left <= 0) break;
          if (!source.nextReady) await source.whenNextReady(left);
          if (!source.nextReady) break;
        }
        queue.push(await source.take());
      }
      const run: Ready[] = [];
      for (const item of queue) {
        if (item.failed) break;
        run.push({ file: item.detailed.analysis.file, detailed: item.detailed });
      }
      if (run.length === 0) {
        const failed = queue.shift();
        if (failed?.failed) report(failed.failed);
        continue;
      }
      const { outcomes: stored, failure } = await withTimeOrderedIds(() =>
        storeBatch(db, writer, run, { ...options, shared }),
      );
      for (const outcome of stored) report(outcome);
      if (failure) report(await afterFailure(db, writer, failure));
      queue.splice(0, stored.length + (failure ? 1 : 0));
    }
  } finally {
    await source.close();
  }
  // After a large import the planner gets statistics of what it wrote (SQLite has none in a fresh register until
  // its next start, and then chooses plans for an empty one).
  if (outcomes.filter((o) => o.status === 'imported').length >= STATISTICS_AFTER)
    await refreshPlannerStatistics(db);
  return outcomes;
}
