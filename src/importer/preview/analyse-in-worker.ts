import { Worker } from 'node:worker_threads';
import type { FileInput } from '../analyse-file.js';
import { ImportError, type ImportErrorCode, importErrors } from '../errors.js';
import { IMPORT_LIMITS } from '../limits.js';
import type { FileAnalysis } from '../types.js';

type Reply =
  | { analysis: FileAnalysis }
  | { importError: { code: ImportErrorCode; file: string; message: string } }
  | { failure: string };

/**
 * The analysis of an upload for preview, in a worker thread with its own heap limit and a deadline: whatever
 * an uploaded file makes the readers do, it can exhaust only the worker, never the server. A worker that runs
 * out of memory or time is ended and the file refused with a Dutch error.
 */
export function analyseInWorker(
  input: Exclude<FileInput, string>,
  limits: { heapMb?: number; millis?: number } = {},
): Promise<FileAnalysis> {
  const heapMb = limits.heapMb ?? IMPORT_LIMITS.previewHeapMb;
  const millis = limits.millis ?? IMPORT_LIMITS.previewMillis;
  const bytes = new Uint8Array(input.bytes);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { name: input.name, bytes },
      transferList: [bytes.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            importErrors.tooComplex(input.name, `het inlezen duurde langer dan ${millis / 1000} seconden`),
          ),
        ),
      millis,
    );
    worker.on('message', (reply: Reply) =>
      settle(() => {
        if ('analysis' in reply) resolve(reply.analysis);
        else if ('importError' in reply) {
          const e = reply.importError;
          reject(new ImportError(e.code, e.file, e.message));
        } else reject(importErrors.unreadable(input.name, new Error(reply.failure)));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? importErrors.tooComplex(input.name, `het inlezen had meer dan ${heapMb} MB geheugen nodig`)
            : importErrors.unreadable(input.name, error),
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() => reject(importErrors.unreadable(input.name, new Error(`worker stopped (${code})`)))),
    );
  });
}
