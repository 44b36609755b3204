import { type MigrationResult, Migrator } from 'kysely';
import type { Db } from './database.js';
import { migrations } from './migrations/index.js';

export type MigrateOutcome = { applied: string[] };

/** Applies pending migrations; throws with the failing migration's name when one fails. */
export async function migrateToLatest(db: Db): Promise<MigrateOutcome> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? [])
    .filter((r: MigrationResult) => r.status === 'Success')
    .map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migratie ${failed?.migrationName ?? '(onbekend)'} mislukt: ${reason}`);
  }
  return { applied };
}
