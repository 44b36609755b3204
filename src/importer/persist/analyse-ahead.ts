import { Worker } from 'node:worker_threads';
import {
  type AnalyseOptions,
  analyseFileDetailed,
  analyseRead,
  type DetailedAnalysis,
  type FileInput,
} from '../analyse-file.js';
import { ImportError, type ImportErrorCode, importErrors, isImportError } from '../errors.js';
import type { AnalysisJob } from '../preview/analysis-worker.js';
import type { ReadDocument } from '../types.js';

export type FailedOutcome = { file: string; status: 'failed'; error: { code: string; message: string } };
/** A file read and recognised, or why it could not be. */
export type Analysed = { detailed: DetailedAnalysis; failed?: undefined } | { failed: FailedOutcome };

type Reply =
  | { ready: true }
  | { id: number; detailed: DetailedAnalysis }
  /** A PDF read by the worker, to be recognised here (analysis-worker.ts). */
  | { id: number; read: { name: string; bytes: Uint8Array; document: ReadDocument } }
  | { id: number; importError: { code: ImportErrorCode; file: string; message: string } }
  | { id: number; failure: string };

type Job = {
  id: number;
  input: FileInput;
  promise: Promise<Analysed>;
  settled: boolean;
  /** What its analysis holds (bytes of text and original) once settled, until it is taken. */
  size: number;
  /** Sent to the worker, or read here: either way it is in hand. */
  sent: boolean;
  resolve: (analysed: Analysed) => void;
  reject: (error: Error) => void;
};

/**
 * How many files are analysed ahead of the one being stored: enough for a whole batch of storing (BATCH_FILES) to
 * find its files ready, so a transaction and the signing of the audit anchor are shared by many documents …
 */
export const READ_AHEAD = 64;
/** … at most this many of them in the worker's hands at once … */
export const READ_AHEAD_IN_FLIGHT = 3;
/** … and no new one while the files analysed and waiting hold this many bytes (their text and original). */
export const READ_AHEAD_BYTES = 32 * 1024 * 1024;

const nameOf = (input: FileInput) => (typeof input === 'string' ? input : input.name);

export function failedOutcome(file: string, error: ImportError): Analysed {
  return { failed: { file, status: 'failed', error: { code: error.code, message: error.message } } };
}

/**
 * The analysis of the next files of an import, in a worker thread, while the current one is stored: reading a PDF
 * (pdf.js), a Word file or a text and recognising its records runs beside the database work instead of before it.
 * At most READ_AHEAD files wait analysed. A file that makes the worker fail (out of memory) is refused with a Dutch
 * error and a new worker takes the files after it; an ImportError is the file's failed outcome, as without worker.
 * Until the worker has loaded its modules (a second or more through tsx on a busy machine) the files taken are
 * read here, so the import does not wait for it; the files after them go to the worker once it says it is ready.
 */
export class AnalysisAhead {
  private readonly jobs: (Job | undefined)[] = [];
  /** Sent to the worker and not answered yet, oldest first. */
  private readonly inFlight = new Map<number, Job>();
  private worker: Worker | null = null;
  /** Files made jobs but not sent yet (the worker is still starting), in order. */
  private unsent: Job[] = [];
  private next = 0;
  private taken = 0;
  /** Bytes held by the analyses settled and not taken yet. */
  private waitingBytes = 0;

  constructor(
    private readonly inputs: FileInput[],
    private readonly options: Pick<AnalyseOptions, 'maxBytes' | 'referenceDate'>,
  ) {}

  /** How many files were read on this thread (while the worker was starting). */
  readHereCount = 0;

  /** Whether the worker has loaded its modules and takes files. */
  get workerReady(): boolean {
    return this.worker !== null && readyWorkers.has(this.worker);
  }

  /** Whether the next file's analysis is in hand (taking it costs nothing: not even a read here). */
  get nextAnalysed(): boolean {
    return this.jobs[this.taken]?.settled === true;
  }

  /** Whether the next file's analysis is done (so taking it does not wait). */
  get nextReady(): boolean {
    const job = this.jobs[this.taken];
    // A file not sent yet is read here at once: taking it waits for no one.
    return job !== undefined && (job.settled || !job.sent);
  }

  get remaining(): number {
    return this.inputs.length - this.taken;
  }

  /** Resolves when the next file's analysis is done (nextReady), or after `ms` if it is not done by then. */
  whenNextReady(ms: number): Promise<void> {
    this.fill();
    const job = this.jobs[this.taken];
    if (!job || this.nextReady) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const later = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    const settled = job.promise.then(
      () => undefined,
      () => undefined,
    );
    return Promise.race([settled, later]).finally(() => clearTimeout(timer));
  }

  /** The next file's analysis, in the order of the inputs. */
  take(): Promise<Analysed> {
    this.fill();
    const job = this.jobs[this.taken];
    if (!job) throw new Error('no file left to analyse');
    this.jobs[this.taken] = undefined; // the analysis is the caller's now
    this.taken += 1;
    this.waitingBytes -= job.size;
    if (!job.sent) this.readHere(job);
    this.fill();
    return job.promise;
  }

  /** The worker is still starting: this file is read on this thread (as a single-file import does). */
  private readHere(job: Job): void {
    job.sent = true;
    this.readHereCount += 1;
    this.unsent = this.unsent.filter((other) => other !== job);
    analyseFileDetailed(job.input, this.options).then(
      (detailed) => this.finish(job, () => job.resolve({ detailed }), detailed),
      (error: unknown) => this.finish(job, () => this.fail(job, error)),
    );
  }

  /** Done: an idle worker is kept a while for the next import (no start-up again), a busy one is ended. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.removeListener('message', this.onMessage);
    worker.removeAllListeners('error');
    worker.removeAllListeners('exit');
    if (this.inFlight.size > 0) await worker.terminate();
    else park(worker);
  }

  private fill(): void {
    while (
      this.next < this.inputs.length &&
      this.next - this.taken < READ_AHEAD + 1 &&
      this.inFlight.size + this.unsent.length < READ_AHEAD_IN_FLIGHT + 1 &&
      this.waitingBytes < READ_AHEAD_BYTES
    ) {
      const id = this.next;
      this.next += 1;
      let resolve!: (analysed: Analysed) => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<Analysed>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      const job: Job = {
        id,
        input: this.inputs[id],
        promise,
        settled: false,
        size: 0,
        sent: false,
        resolve,
        reject,
      };
      // A rejection is seen by whoever takes the job; until then it must not count as unhandled.
      promise.catch(() => undefined);
      this.jobs[id] = job;
      this.unsent.push(job);
    }
    this.sendUnsent();
  }

  /** The jobs not in hand go to the worker once it is ready; it is started when there are any. */
  private sendUnsent(): void {
    if (this.unsent.length === 0) return;
    const worker = this.start();
    if (!readyWorkers.has(worker)) return;
    for (const job of this.unsent) {
      job.sent = true;
      this.inFlight.set(job.id, job);
      const message: AnalysisJob = { id: job.id, input: job.input, options: this.options };
      worker.postMessage(message);
    }
    this.unsent = [];
  }

  private readonly onMessage = (reply: Reply) => {
    if ('ready' in reply) this.sendUnsent();
    else this.settle(reply);
  };

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = unpark() ?? startWorker();
    worker.on('message', this.onMessage);
    const lost = (error: (Error & { code?: string }) | null) => {
      if (this.worker !== worker) return;
      this.worker = null;
      void worker.terminate();
      // The worker analyses one file at a time: the oldest one not settled is the one that ended it.
      const [culprit, ...rest] = this.inFlight.values();
      if (!culprit) return;
      const file = nameOf(culprit.input);
      this.finish(culprit, () =>
        culprit.resolve(
          failedOutcome(
            file,
            error?.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? importErrors.tooComplex(file, 'het inlezen had te veel geheugen nodig')
              : importErrors.unreadable(file, error ?? new Error('worker stopped')),
          ),
        ),
      );
      // The files it had not answered go to the next worker, before those not sent yet.
      for (const job of rest) {
        job.sent = false;
        this.inFlight.delete(job.id);
      }
      this.unsent = [...rest, ...this.unsent];
      this.sendUnsent();
    };
    worker.on('error', (error: Error & { code?: string }) => lost(error));
    worker.on('exit', () => lost(null));
    this.worker = worker;
    return worker;
  }

  private finish(job: Job, outcome: () => void, detailed?: DetailedAnalysis): void {
    job.settled = true;
    this.inFlight.delete(job.id);
    // Still waiting to be taken: what it holds counts against READ_AHEAD_BYTES.
    if (detailed && this.jobs[job.id] === job) {
      job.size = detailed.text.length + detailed.bytes.length + (detailed.documentIndex?.stems.length ?? 0);
      this.waitingBytes += job.size;
    }
    outcome();
    // The worker has room for the next file.
    if (this.worker) this.fill();
  }

  /** An analysis that threw: an ImportError is the file's failed outcome, anything else the job's error. */
  private fail(job: Job, error: unknown): void {
    if (isImportError(error)) job.resolve(failedOutcome(nameOf(job.input), error));
    else job.reject(error instanceof Error ? error : new Error(String(error)));
  }

  private settle(reply: Exclude<Reply, { ready: true }>): void {
    const job = this.inFlight.get(reply.id);
    if (!job) return;
    if ('read' in reply) {
      const { name, bytes, document } = reply.read;
      let detailed: DetailedAnalysis;
      try {
        detailed = analyseRead(name, bytes, document, this.options);
      } catch (error) {
        this.finish(job, () => this.fail(job, error));
        return;
      }
      this.finish(job, () => job.resolve({ detailed }), detailed);
      return;
    }
    this.finish(
      job,
      () => {
        if ('detailed' in reply) job.resolve({ detailed: reply.detailed });
        else if ('importError' in reply) {
          const e = reply.importError;
          job.resolve(failedOutcome(nameOf(job.input), new ImportError(e.code, e.file, e.message)));
        } else job.reject(new Error(reply.failure));
      },
      'detailed' in reply ? reply.detailed : undefined,
    );
  }
}

/** How long an idle analysis worker is kept for the next import (ms). */
const KEEP_IDLE_MS = 60_000;
let parked: { worker: Worker; timer: NodeJS.Timeout } | null = null;

function startWorker(): Worker {
  const worker = new Worker(new URL('../preview/worker-boot.mjs', import.meta.url), {
    // No piped stdio: the worker silences itself (silence-output.ts); a piped stream would keep this process
    // alive while the worker is parked.
    workerData: { serve: true },
  });
  // Ready once its modules are loaded (analysis-worker.ts says so), also while it is parked.
  worker.on('message', (reply: Reply) => {
    if ('ready' in reply) readyWorkers.add(worker);
  });
  return worker;
}

/** Workers that have said they are ready. */
const readyWorkers = new WeakSet<Worker>();

/** Keeps an idle worker without holding the process open; ended after KEEP_IDLE_MS. */
function park(worker: Worker): void {
  if (parked) void parked.worker.terminate();
  const timer = setTimeout(() => {
    if (parked?.worker === worker) parked = null;
    void worker.terminate();
  }, KEEP_IDLE_MS);
  timer.unref();
  worker.unref();
  worker.once('exit', () => {
    if (parked?.worker === worker) parked = null;
  });
  parked = { worker, timer };
}

function unpark(): Worker | null {
  if (!parked) return null;
  const { worker, timer } = parked;
  parked = null;
  clearTimeout(timer);
  worker.removeAllListeners('exit');
  worker.ref();
  return worker;
}
