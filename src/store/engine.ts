import type { Engine, Executor } from './database.js';

/** Whether `db` (a database or a transaction of it) is PostgreSQL: the one place the store asks. */
export function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

export function engineOf(db: Executor): Engine {
  return isPostgres(db) ? 'postgres' : 'sqlite';
}
