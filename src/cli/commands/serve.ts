import type { Command } from 'commander';
import { buildInstallation } from '../../installation.js';
import { SCHEDULED_JOBS } from '../../services/outbox/jobs.js';
import { mailerFromEnv } from '../../services/outbox/mailer.js';
import { startOutboxWorker } from '../../services/outbox/run-outbox.js';
import { systemClock } from '../../store/clock.js';
import { listOrganisations } from '../../store/repositories/organisations.js';
import { openContext } from '../context.js';
import { tuneHeapForServing } from '../server-heap.js';

export async function serve(): Promise<void> {
  tuneHeapForServing();
  const ctx = await openContext();
  const installation = await buildInstallation({ ctx, logger: process.env.LOG !== 'off' });
  const app = await installation.appFor(ctx.organisation);
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  // The outbox worker: scheduled reminders and erasure, and delivery when SMTP_URL is set (OUTBOX_WORKER=off: none).
  // One per organisation of the installation (ADR 009).
  const workers =
    process.env.OUTBOX_WORKER === 'off'
      ? []
      : (await listOrganisations(ctx.db)).map((organisation) =>
          startOutboxWorker({
            ctx: { ...ctx, organisation },
            clock: systemClock,
            mailer: mailerFromEnv(),
            jobs: SCHEDULED_JOBS,
            log: (message, error) => app.log.error({ err: error }, message),
          }),
        );
  const stop = async () => {
    for (const stopWorker of workers) await stopWorker();
    await installation.close();
    await ctx.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await installation.listen(port, host);
  console.log(`Motiemonitor draait op http://${host}:${port} (database: ${ctx.engine})`);
  for (const organisation of await listOrganisations(ctx.db))
    if (organisation.id !== ctx.organisation.id)
      console.log(`  ${organisation.name}: http://${host}:${port}/o/${organisation.slug}/`);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start de webserver (PORT, standaard 3000; HOST, standaard 127.0.0.1)')
    .action(serve);
}
