import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { analyseText } from '../../search/index-text.js';
import { type AnalyseOptions, analyseRead, bytesOf, type FileInput } from '../analyse-file.js';
import { isImportError } from '../errors.js';
import { warmUpPdfReader } from '../readers/pdf-warm-up.js';
import { DEFAULT_MAX_BYTES, readDocument } from '../readers/read-document.js';

export type AnalysisJob = {
  id: number;
  input: FileInput;
  options: Pick<AnalyseOptions, 'maxBytes' | 'referenceDate'>;
};

/**
 * A long-lived analysis worker for an import of several files (analyse-ahead.ts): analyses the files it is sent,
 * one at a time, and posts each outcome back (the detailed analysis, or the ImportError as plain data). Posts
 * `{ ready: true }` first, once its modules are loaded and pdf.js has read a tiny PDF (so the first PDF of an
 * import is not read by a cold pdf.js; until ready, the import reads its files itself).
 */
export async function serveAnalyses(): Promise<void> {
  await warmUpPdfReader();
  parentPort?.on('message', async (job: AnalysisJob) => {
    try {
      const { name, bytes } = await bytesOf(job.input, job.options.maxBytes ?? DEFAULT_MAX_BYTES);
      const document = await readDocument(basename(name), bytes, { maxBytes: job.options.maxBytes });
      // A PDF is read here and recognised by the thread that stores it: reading one takes about as long as
      // storing its records, so the storing thread would otherwise wait for this one (ADR 045).
      if (document.format === 'pdf') {
        parentPort?.postMessage({ id: job.id, read: { name, bytes, document } });
        return;
      }
      const detailed = analyseRead(name, bytes, document, job.options);
      // The document's search entry, analysed here rather than on the thread that stores it (the title as the
      // document is stored with it, else its file name: reindexEntities checks it against the stored text).
      const title = detailed.analysis.title ?? basename(detailed.analysis.file);
      detailed.documentIndex = { title, ...analyseText(title, detailed.text) };
      parentPort?.postMessage({ id: job.id, detailed });
    } catch (error) {
      parentPort?.postMessage(
        isImportError(error)
          ? { id: job.id, importError: error.toJSON() }
          : { id: job.id, failure: error instanceof Error ? error.message : String(error) },
      );
    }
  });
  // Loaded and listening: the import sends its files from now on (until then it reads them itself).
  parentPort?.postMessage({ ready: true });
}
