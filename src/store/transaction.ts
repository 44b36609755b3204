import { sql, type Transaction } from 'kysely';
import { type ChainHead, withDeferredAudit } from './audit.js';
import { anchorAfterCommit, anchorOf } from './audit-anchor.js';
import type { Db, Executor } from './database.js';
import type { Database } from './schema.js';

/**
 * Runs `work` in one transaction; when already inside one, joins it. The transaction's audit events are
 * collected and appended to the chain at its end (withDeferredAudit): the chain's lock is taken last, just
 * before the commit, so a transaction never holds it while it waits for a row another transaction holds, and
 * two writers cannot deadlock over the lock and a record (docs/adr/042). After a commit the head of the audit
 * chain is signed and kept outside the database (audit-anchor.ts), when the database has an anchor; commits
 * that finish together share one signing (anchorAfterCommit).
 */
export async function inTransaction<T>(
  db: Executor,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  const { result, head } = await auditedTransaction(db as Db, work);
  // The write is committed either way; an anchor that could not be written only lags behind (verify says so).
  await anchorCommitted(db as Db, head);
  return result;
}

/**
 * A new transaction whose audit events are appended at its end: its result, and the last event it appended
 * (the chain's head at its commit, as the chain's lock was held until then; none when it appended nothing).
 */
export async function auditedTransaction<T>(
  db: Db,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<{ result: T; head: ChainHead | undefined }> {
  let head: ChainHead | undefined;
  const result = await db.transaction().execute((trx) =>
    withDeferredAudit(
      trx,
      () => work(trx),
      (last) => {
        head = last;
      },
    ),
  );
  return { result, head };
}

/**
 * Signs a committed transaction's head without reading the chain again (coalesced with the commits that finish
 * together); nothing to sign without a head or an anchor. Never rejects: an anchor that could not be written
 * only lags behind.
 */
export function anchorCommitted(db: Db, head: ChainHead | undefined): Promise<void> {
  const files = anchorOf(db);
  return files && head ? anchorAfterCommit(db, files, head).catch(() => undefined) : Promise.resolve();
}

/**
 * Runs `work` inside a savepoint of the open transaction `trx`: when it throws, its writes alone are undone and
 * the transaction goes on (several documents of an import share a transaction, each in its own savepoint).
 */
export async function inSavepoint<T>(trx: Executor, work: () => Promise<T>): Promise<T> {
  if (!trx.isTransaction) throw new Error('inSavepoint needs a transaction');
  await sql`savepoint work_unit`.execute(trx);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await sql`rollback to savepoint work_unit`.execute(trx);
    await sql`release savepoint work_unit`.execute(trx);
    throw error;
  }
  await sql`release savepoint work_unit`.execute(trx);
  return result;
}
