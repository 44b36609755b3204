import type { Command } from 'commander';
import { describe, openDatabase, parseDatabaseUrl } from '../../store/database.js';
import { type CopySummary, copyDatabase, fingerprint } from '../../store/dump.js';
import { rebuildSearchIndexes } from './rebuild-search.js';

export function formatCopyLine(s: CopySummary): string {
  const same = s.sourceHash === s.targetHash ? 'gelijk' : 'VERSCHIL';
  return `${s.table.padEnd(24)} ${String(s.rows).padStart(8)}  ${s.sourceHash.slice(0, 16)}  ${s.targetHash.slice(0, 16)}  ${same}`;
}

export function registerDb(program: Command): void {
  const db = program.command('db').description('Databasebeheer');
  db.command('copy')
    .description(
      'Kopieert alle gegevens naar een lege database (ook tussen SQLite en PostgreSQL) en vergelijkt de hashes',
    )
    .requiredOption('--from <url>', 'bron, bijvoorbeeld sqlite:./data/motiemonitor.db')
    .requiredOption('--to <url>', 'doel, bijvoorbeeld postgres://gebruiker@host:5432/motiemonitor')
    .action(async (options: { from: string; to: string }) => {
      const from = parseDatabaseUrl(options.from);
      const to = parseDatabaseUrl(options.to);
      if (describe(from) === describe(to)) throw new Error('Bron en doel zijn dezelfde database');
      const source = await openDatabase(options.from);
      try {
        const target = await openDatabase(options.to);
        try {
          console.log(`Kopiëren van ${describe(source.target)} naar ${describe(target.target)}`);
          console.log(
            `${'tabel'.padEnd(24)} ${'rijen'.padStart(8)}  ${'hash bron'.padEnd(16)}  ${'hash doel'.padEnd(16)}`,
          );
          const summary = await copyDatabase(source.db, target.db, (s) => console.log(formatCopyLine(s)));
          const rows = summary.reduce((n, s) => n + s.rows, 0);
          const src = fingerprint(summary.map((s) => ({ table: s.table, hash: s.sourceHash })));
          const dst = fingerprint(summary.map((s) => ({ table: s.table, hash: s.targetHash })));
          console.log(
            `Totaal ${rows} rijen. Vingerafdruk bron ${src}, doel ${dst}: ${src === dst ? 'gelijk' : 'VERSCHIL'}`,
          );
          await rebuildSearchIndexes(target.db);
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });
}
