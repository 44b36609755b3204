import { parentPort, workerData } from 'node:worker_threads';
import { analyseFile } from '../analyse-file.js';
import { isImportError } from '../errors.js';

/** Analyses one upload and posts the outcome back: the analysis, or the ImportError as plain data. */
const input = workerData as { name: string; bytes: Uint8Array };
try {
  const analysis = await analyseFile({ name: input.name, bytes: input.bytes });
  parentPort?.postMessage({ analysis });
} catch (error) {
  parentPort?.postMessage(
    isImportError(error)
      ? { importError: error.toJSON() }
      : { failure: error instanceof Error ? error.message : String(error) },
  );
}
