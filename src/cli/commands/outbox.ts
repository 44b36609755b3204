import type { Command } from 'commander';
import { outboxStatus } from '../../domain/vocabulary/index.js';
import { SCHEDULED_JOBS } from '../../services/outbox/jobs.js';
import { mailerFromEnv } from '../../services/outbox/mailer.js';
import { runOutboxOnce, startOutboxWorker } from '../../services/outbox/run-outbox.js';
import { systemClock } from '../../store/clock.js';
import { countOutboxByStatus, listOutboxMessages } from '../../store/repositories/outbox.js';
import { openContext, withContext } from '../context.js';

const statusNl = (status: string) =>
  outboxStatus.is(status) ? outboxStatus.label(status).toLowerCase() : status;

export function registerOutbox(program: Command): void {
  const outbox = program
    .command('outbox')
    .description('Berichten (e-mail) via de outbox: verzenden en bekijken');
  outbox
    .command('run')
    .description(
      'Maak de herinneringen die aan de beurt zijn en verstuur alle wachtende berichten via SMTP_URL (zonder SMTP_URL blijven ze in de wachtrij)',
    )
    .option('--once', 'één ronde en dan stoppen (anders blijft de verzender draaien)')
    .action(async (options: { once?: boolean }) => {
      const mailer = mailerFromEnv();
      if (options.once) {
        await withContext(async (ctx) => {
          try {
            const run = await runOutboxOnce({ ctx, clock: systemClock, mailer, jobs: SCHEDULED_JOBS });
            for (const [job, counts] of Object.entries(run.jobs))
              console.log(
                `${job}: ${
                  Object.entries(counts)
                    .map(([k, v]) => `${k} ${v}`)
                    .join(', ') || 'niets'
                }`,
              );
            if (run.delivery)
              console.log(
                `Verzonden: ${run.delivery.sent}, later opnieuw: ${run.delivery.retried}, mislukt: ${run.delivery.failed}.`,
              );
            else console.log('SMTP_URL is niet ingesteld: er is niets verzonden.');
            console.log(`In de wachtrij: ${run.waiting}.`);
          } finally {
            mailer?.close();
          }
        });
        return;
      }
      const ctx = await openContext();
      if (!mailer) console.log('SMTP_URL is niet ingesteld: berichten blijven in de wachtrij.');
      const stop = startOutboxWorker({
        ctx,
        clock: systemClock,
        mailer,
        jobs: SCHEDULED_JOBS,
        log: (message, error) => console.error(message, error instanceof Error ? error.message : error),
      });
      const end = async () => {
        await stop();
        await ctx.close();
        process.exit(0);
      };
      process.once('SIGINT', end);
      process.once('SIGTERM', end);
      console.log('De berichtenverzender draait (Ctrl-C stopt).');
      await new Promise(() => undefined);
    });
  outbox
    .command('list')
    .description('De berichten in de outbox, nieuwste eerst')
    .option(
      '--status <status>',
      `${outboxStatus.codes.map((c) => outboxStatus.toApi(c)).join(', ')} (of de omschrijving)`,
    )
    .option('--json', 'als JSON')
    .action(async (options: { status?: string; json?: boolean }) => {
      await withContext(async (ctx) => {
        const org = ctx.organisation.id;
        const list = await listOutboxMessages(
          ctx.db,
          org,
          { status: options.status ? [statusOption(options.status)] : undefined },
          { limit: 200, offset: 0 },
        );
        if (options.json) {
          console.log(
            JSON.stringify({ counts: await countOutboxByStatus(ctx.db, org), messages: list.items }),
          );
          return;
        }
        const counts = await countOutboxByStatus(ctx.db, org);
        console.log(
          Object.entries(counts)
            .map(([s, n]) => `${statusNl(s)}: ${n}`)
            .join(', '),
        );
        for (const m of list.items)
          console.log(
            `${m.createdAt.slice(0, 16)}  ${statusNl(m.status)}  ${m.recipientEmail ?? '(verwijderd)'}  ${m.subject}`,
          );
      });
    });
}

/** "verzonden", "mislukt" or "in de wachtrij" (or the code) for --status; anything else is refused in Dutch. */
function statusOption(value: string): string {
  const status = outboxStatus.parse(value);
  if (status === null)
    throw new Error(
      `Onbekende status '${value}'; kies uit ${outboxStatus.codes.map((c) => outboxStatus.toApi(c)).join(', ')}`,
    );
  return status;
}
