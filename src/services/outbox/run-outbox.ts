import type { AppContext } from '../../app-context.js';
import type { Clock } from '../../store/clock.js';
import { countOutboxByStatus } from '../../store/repositories/outbox.js';
import { type DeliveryReport, deliverDueMessages } from './deliver.js';
import type { Mailer } from './mailer.js';

/** A scheduled job: looks at the records as of `clock` and queues what is due (idempotent: run it as often as you like). */
export type ScheduledJob = {
  name: string;
  run: (options: { ctx: AppContext; clock: Clock }) => Promise<Record<string, number>>;
};

export type OutboxRun = {
  jobs: Record<string, Record<string, number>>;
  delivery: DeliveryReport | null;
  waiting: number;
};

/**
 * One round of the outbox: the scheduled jobs (reminders, erasure of personal data), then the delivery of
 * every due message when a mailer is configured. Without one the messages wait in the outbox.
 */
export async function runOutboxOnce(options: {
  ctx: AppContext;
  clock: Clock;
  mailer: Mailer | null;
  jobs: ScheduledJob[];
}): Promise<OutboxRun> {
  const jobs: OutboxRun['jobs'] = {};
  for (const job of options.jobs) jobs[job.name] = await job.run(options);
  const delivery = options.mailer
    ? await deliverDueMessages({ ctx: options.ctx, mailer: options.mailer, clock: options.clock })
    : null;
  const counts = await countOutboxByStatus(options.ctx.db, options.ctx.organisation.id);
  return { jobs, delivery, waiting: counts.queued + counts.sending };
}

/**
 * The worker inside the server: delivers due messages every `deliverEveryMs`, runs the jobs every `jobsEveryMs`.
 * One round at a time; an error is logged and the next round tries again. Returns a stop function.
 */
export function startOutboxWorker(options: {
  ctx: AppContext;
  clock: Clock;
  mailer: Mailer | null;
  jobs: ScheduledJob[];
  deliverEveryMs?: number;
  jobsEveryMs?: number;
  log?: (message: string, error?: unknown) => void;
}): () => Promise<void> {
  const deliverEvery = options.deliverEveryMs ?? 15_000;
  const jobsEvery = options.jobsEveryMs ?? 600_000;
  let lastJobs = 0;
  let running: Promise<void> | null = null;
  let stopped = false;
  const round = async () => {
    try {
      const now = options.clock.now().getTime();
      const jobs = now - lastJobs >= jobsEvery ? options.jobs : [];
      if (jobs.length > 0) lastJobs = now;
      await runOutboxOnce({ ...options, jobs });
    } catch (error) {
      options.log?.('berichtenverzender: ronde mislukt', error);
    }
  };
  const tick = () => {
    if (stopped || running) return;
    running = round().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, deliverEvery);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    options.mailer?.close();
  };
}
