import type { Command } from 'commander';
import { describe, openDatabase } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Voert openstaande databasemigraties uit')
    .action(async () => {
      const opened = await openDatabase();
      try {
        const { applied } = await migrateToLatest(opened.db);
        console.log(
          applied.length === 0
            ? `Database ${describe(opened.target)} is bijgewerkt; niets te doen.`
            : `Toegepast op ${describe(opened.target)}: ${applied.join(', ')}`,
        );
      } finally {
        await opened.close();
      }
    });
}
