import { parentPort, workerData } from 'node:worker_threads';
import { analyseFile } from '../analyse-file.js';
import { isImportError } from '../errors.js';
import { serveAnalyses } from './analysis-worker.js';
import { silenceOutput } from './silence-output.js';

type Upload = { name: string; bytes: Uint8Array };
const data = workerData as { serve: true } | { awaitUpload: true };

/** Analyses one upload and posts the outcome back: the analysis, or the ImportError as plain data. */
async function analyseUpload(upload: Upload): Promise<void> {
  try {
    const analysis = await analyseFile({ name: upload.name, bytes: upload.bytes });
    parentPort?.postMessage({ analysis });
  } catch (error) {
    parentPort?.postMessage(
      isImportError(error)
        ? { importError: error.toJSON() }
        : { failure: error instanceof Error ? error.message : String(error) },
    );
  }
}

if ('serve' in data) {
  // The import's analysis worker: files come one by one as messages (analyse-ahead.ts).
  silenceOutput();
  await serveAnalyses();
} else {
  // A preview's worker, started ahead (analyse-in-worker.ts): loaded, it waits for its one upload.
  silenceOutput();
  parentPort?.once('message', (upload: Upload) => void analyseUpload(upload));
}
