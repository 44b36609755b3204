import type { Transaction } from 'kysely';
import type { Db, Executor } from './database.js';
import type { Database } from './schema.js';

/** Runs `work` in one transaction; when already inside one, joins it. */
export async function inTransaction<T>(
  db: Executor,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return (db as Db).transaction().execute(work);
}
