import type { Command } from 'commander';
import { openDatabase } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { countRecords, type RecordCounts } from '../../store/stats.js';

const LABELS: Record<keyof RecordCounts, string> = {
  organisations: 'Organisaties',
  members: 'Leden',
  meetings: 'Vergaderingen',
  motions: 'Moties',
  resolutions: 'Resoluties',
  accountabilityEntries: 'Verantwoordingen',
  agreements: 'Afspraken',
  letters: 'Ledenbrieven',
  documents: 'Brondocumenten',
  polls: 'Peilingen',
  votes: 'Stemmingen',
  users: 'Gebruikers',
  auditEvents: 'Audittrail-regels',
};

export function formatStatsTable(counts: RecordCounts): string {
  const width = Math.max(...Object.values(LABELS).map((l) => l.length));
  const numbers = Object.values(counts).map((n) => n.toLocaleString('nl-NL'));
  const numberWidth = Math.max(...numbers.map((n) => n.length));
  return (Object.keys(LABELS) as (keyof RecordCounts)[])
    .map(
      (key) => `${LABELS[key].padEnd(width)}  ${counts[key].toLocaleString('nl-NL').padStart(numberWidth)}`,
    )
    .join('\n');
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Toont het aantal records per soort')
    .option('--json', 'als één JSON-object')
    // Only counts: no default organisation is created (and audited) in an empty database, which would make it
    // non-empty for a `restore` or `db copy` an operator checks it for first.
    .action(async (options: { json?: boolean }) => {
      const { db, close } = await openDatabase();
      try {
        await migrateToLatest(db);
        const counts = await countRecords(db);
        console.log(options.json ? JSON.stringify(counts) : formatStatsTable(counts));
      } finally {
        await close();
      }
    });
}
