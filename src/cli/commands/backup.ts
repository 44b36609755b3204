import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { documentsDir, findOriginal } from '../../importer/persist/original-files.js';
import { backupToFile, restoreFromFile } from '../../store/backup-file.js';
import { describe, openDatabase } from '../../store/database.js';
import { type BackupHeader, fingerprint } from '../../store/dump.js';
import { rebuildSearchIndexes } from './rebuild-search.js';

const totalRows = (h: BackupHeader) => h.tables.reduce((n, t) => n + t.rows, 0);

/** The original files travel with the backup: read where the documents keep them, written to DOCUMENTS_DIR. */
const originals = (dir = documentsDir()) => ({
  read: (storagePath: string) => {
    const file = findOriginal(storagePath, dir);
    return file ? readFileSync(file) : null;
  },
  // A name is a content hash: writing it again (a retried restore) writes the same bytes.
  write: async (name: string, bytes: Buffer) => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, name), bytes);
  },
});

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .argument('<bestand>', 'doelbestand, bijvoorbeeld motiemonitor-2026-06-10.jsonl.gz')
    .description('Maakt een back-up van de database van DATABASE_URL (draagbaar tussen SQLite en PostgreSQL)')
    .action(async (file: string) => {
      const opened = await openDatabase();
      try {
        const header = await backupToFile(opened.db, file, originals());
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
        const header = await restoreFromFile(opened.db, file, originals());
        await rebuildSearchIndexes(opened.db);
        console.log(
          `Hersteld in ${describe(opened.target)}: ${totalRows(header)} rijen uit ${file}; alle hashes kloppen (vingerafdruk ${fingerprint(header.tables)})`,
        );
      } finally {
        await opened.close();
      }
    });
}
