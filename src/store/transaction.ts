import type { Transaction } from 'kysely';
import { anchorAfterCommit, anchorOf } from './audit-anchor.js';
import type { Db, Executor } from './database.js';
import type { Database } from './schema.js';

/**
 * Runs `work` in one transaction; when already inside one, joins it. After a commit the head of the audit
 * chain is signed and kept outside the database (audit-anchor.ts), when the database has an anchor; commits
 * that finish together share one signing (anchorAfterCommit).
 */
export async function inTransaction<T>(
  db: Executor,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  const result = await (db as Db).transaction().execute(work);
  const files = anchorOf(db);
  // The write is committed either way; an anchor that could not be written only lags behind (verify says so).
  if (files) await anchorAfterCommit(db, files).catch(() => undefined);
  return result;
}
