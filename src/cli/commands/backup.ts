import type { Command } from 'commander';
import { backupToFile, restoreFromFile } from '../../store/backup-file.js';
import { describe, openDatabase } from '../../store/database.js';
import { type BackupHeader, fingerprint } from '../../store/dump.js';
import { rebuildSearchIndexes } from './rebuild-search.js';

const totalRows = (h: BackupHeader) => h.tables.reduce((n, t) => n + t.rows, 0);

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .argument('<bestand>', 'doelbestand, bijvoorbeeld motiemonitor-2026-06-10.jsonl.gz')
    .description('Maakt een back-up van de database van DATABASE_URL (draagbaar tussen SQLite en PostgreSQL)')
    .action(async (file: string) => {
      const opened = await openDatabase();
      try {
        const header = await backupToFile(opened.db, file);
        console.log(
          `Back-up van ${describe(opened.target)} in ${file}: ${totalRows(header)} rijen, schemaversie ${header.schemaVersion}, vingerafdruk ${fingerprint(header.tables)}`,
        );
      } finally {
        await opened.close();
      }
    });
  program
    .command('restore')
    .argument('<bestand>', 'een bestand van "motiemonitor backup"')
    .description('Zet een back-up terug in een lege database (DATABASE_URL) en controleert de hashes')
    .action(async (file: string) => {
      const opened = await openDatabase();
      try {
        const header = await restoreFromFile(opened.db, file);
        await rebuildSearchIndexes(opened.db);
        console.log(
          `Hersteld in ${describe(opened.target)}: ${totalRows(header)} rijen uit ${file}; alle hashes kloppen (vingerafdruk ${fingerprint(header.tables)})`,
        );
      } finally {
        await opened.close();
      }
    });
}
