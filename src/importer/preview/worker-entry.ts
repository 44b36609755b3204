import { parentPort, workerData } from 'node:worker_threads';
import { analyseFile } from '../analyse-file.js';
import { isImportError } from '../errors.js';
import { serveAnalyses } from './analysis-worker.js';
import { silenceOutput } from './silence-output.js';

const data = workerData as { serve: true } | { name: string; bytes: Uint8Array };
if ('serve' in data) {
  // The import's analysis worker: files come one by one as messages (analyse-ahead.ts).
  silenceOutput();
  await serveAnalyses();
} else {
  /** Analyses one upload and posts the outcome back: the analysis, or the ImportError as plain data. */
  try {
    const analysis = await analyseFile({ name: data.name, bytes: data.bytes });
    parentPort?.postMessage({ analysis });
  } catch (error) {
    parentPort?.postMessage(
      isImportError(error)
        ? { importError: error.toJSON() }
        : { failure: error instanceof Error ? error.message : String(error) },
    );
  }
}
