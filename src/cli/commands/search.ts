import type { Command } from 'commander';
import { reindexAll, SEARCH_KINDS } from '../../search/index.js';
import { withContext } from '../context.js';

const LABELS: Record<(typeof SEARCH_KINDS)[number], string> = {
  motion: 'moties',
  resolution: 'resoluties',
  agreement: 'afspraken',
  letter: 'ledenbrieven',
  document: 'documenten',
  meeting: 'vergaderingen',
};

export function registerSearch(program: Command): void {
  const search = program.command('search').description('Zoekindex beheren');
  search
    .command('reindex')
    .description('Bouwt de zoekindex van de organisatie opnieuw op uit alle registers')
    .action(async () => {
      await withContext(async (ctx) => {
        const started = Date.now();
        const tty = process.stderr.isTTY;
        const counts = await reindexAll(ctx.db, ctx.organisation.id, ({ kind, done }) => {
          if (tty) process.stderr.write(`\r${LABELS[kind]}: ${done}        `);
        });
        if (tty) process.stderr.write('\r\x1b[K');
        const parts = SEARCH_KINDS.map((k) => `${counts[k]} ${LABELS[k]}`).join(', ');
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`Zoekindex van ${ctx.organisation.name} opnieuw opgebouwd in ${seconds} s: ${parts}.`);
      });
    });
}
