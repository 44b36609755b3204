import { Worker } from 'node:worker_threads';
import type { FileInput } from '../analyse-file.js';
import { ImportError, type ImportErrorCode, importErrors } from '../errors.js';
import { IMPORT_LIMITS } from '../limits.js';
import type { FileAnalysis } from '../types.js';

type Reply =
  | { analysis: FileAnalysis }
  | { importError: { code: ImportErrorCode; file: string; message: string } }
  | { failure: string };

/** How long a worker started ahead waits for an upload before it is ended (ms). */
export const SPARE_IDLE_MS = 60_000;

/** The next upload's worker, loading (or loaded) while nothing needs it; ended when idle for SPARE_IDLE_MS. */
let spare: { worker: Worker; heapMb: number; timer: NodeJS.Timeout } | null = null;

function startWorker(heapMb: number): Worker {
  // No piped stdio: the worker silences itself (silence-output.ts), and a piped stream would keep this process
  // alive while a spare waits.
  return new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { awaitUpload: true },
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
  });
}

/** Starts the worker the next upload will take, without holding the process open. */
function keepSpare(heapMb: number): void {
  const worker = startWorker(heapMb);
  const timer = setTimeout(() => {
    if (spare?.worker === worker) spare = null;
    void worker.terminate();
  }, SPARE_IDLE_MS);
  timer.unref();
  worker.unref();
  const gone = () => {
    if (spare?.worker === worker) spare = null;
  };
  worker.once('exit', gone);
  worker.once('error', gone);
  spare = { worker, heapMb, timer };
}

/**
 * A worker for this upload: the spare when it has the same heap limit (it has loaded its modules meanwhile, so the
 * upload does not wait for that), else a new one; a new spare starts for the next upload. Each worker reads one
 * upload and is ended, as before: no upload runs in a worker another upload has used.
 */
function takeWorker(heapMb: number): Worker {
  let worker: Worker;
  if (spare && spare.heapMb === heapMb) {
    clearTimeout(spare.timer);
    worker = spare.worker;
    worker.removeAllListeners('exit');
    worker.removeAllListeners('error');
    worker.ref();
  } else {
    if (spare) void spare.worker.terminate();
    worker = startWorker(heapMb);
  }
  spare = null;
  keepSpare(heapMb);
  return worker;
}

/**
 * The analysis of an upload for preview, in a worker thread with its own heap limit and a deadline: whatever
 * an uploaded file makes the readers do, it can exhaust only the worker, never the server. A worker that runs
 * out of memory or time is ended and the file refused with a Dutch error. The worker is started ahead of the
 * upload (takeWorker): a preview waits for the reading, not for the worker's start.
 */
export function analyseInWorker(
  input: Exclude<FileInput, string>,
  limits: { heapMb?: number; millis?: number } = {},
): Promise<FileAnalysis> {
  const heapMb = limits.heapMb ?? IMPORT_LIMITS.previewHeapMb;
  const millis = limits.millis ?? IMPORT_LIMITS.previewMillis;
  const bytes = new Uint8Array(input.bytes);
  return new Promise((resolve, reject) => {
    const worker = takeWorker(heapMb);
    worker.postMessage({ name: input.name, bytes }, [bytes.buffer as ArrayBuffer]);
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
