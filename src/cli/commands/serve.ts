import type { Command } from 'commander';
import { buildServer } from '../../server.js';
import { SCHEDULED_JOBS } from '../../services/outbox/jobs.js';
import { mailerFromEnv } from '../../services/outbox/mailer.js';
import { startOutboxWorker } from '../../services/outbox/run-outbox.js';
import { systemClock } from '../../store/clock.js';
import { openContext } from '../context.js';

export async function serve(): Promise<void> {
  const ctx = await openContext();
  const app = await buildServer({ ctx, logger: process.env.LOG !== 'off' });
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  // The outbox worker: scheduled reminders and erasure, and delivery when SMTP_URL is set (OUTBOX_WORKER=off: none).
  const stopWorker =
    process.env.OUTBOX_WORKER === 'off'
      ? async () => undefined
      : startOutboxWorker({
          ctx,
          clock: systemClock,
          mailer: mailerFromEnv(),
          jobs: SCHEDULED_JOBS,
          log: (message, error) => app.log.error({ err: error }, message),
        });
  const stop = async () => {
    await stopWorker();
    await app.close();
    await ctx.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port, host });
  console.log(`Motiemonitor draait op http://${host}:${port} (database: ${ctx.engine})`);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start de webserver (PORT, standaard 3000; HOST, standaard 127.0.0.1)')
    .action(serve);
}
