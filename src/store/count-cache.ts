import { type RawBuilder, sql } from 'kysely';
import type { Executor } from './database.js';

/**
 * Exact totals of list filters, kept until the register changes (ADR 015).
 *
 * The register version is the head of the audit trail: every write (portal, API, import, CLI, any process on
 * the same database) appends an audit event in its own transaction, and appenders are serialised (ADR 010), so
 * a committed write always moves the head and the head never moves back. A total is stored with the version
 * read *in the same statement* as the count, and used only when the page query of a later request read the same
 * version (again in its own statement): then the total is exactly what a count would return. Several processes
 * on one PostgreSQL each keep their own totals, all checked against the version in the database.
 *
 * Inside a transaction nothing is read from or written to the cache: the transaction may see (and later roll
 * back) its own uncommitted audit events.
 */

type Entry = { version: number; total: number };
const MAX_ENTRIES = 500;
const caches = new WeakMap<object, Map<string, Entry>>();

/** The register version as a column of any query (an uncorrelated subquery: evaluated once per statement). */
export function registerVersion(): RawBuilder<number | string | null> {
  return sql<number | string | null>`(select max(audit_events.seq) from audit_events)`;
}

/** The register version now (one index lookup), e.g. to answer a conditional request without reading the rows. */
export async function readRegisterVersion(db: Executor): Promise<number | undefined> {
  const { rows } = await sql<{ v: number | string | null }>`select ${registerVersion()} as v`.execute(db);
  const v = rows[0]?.v;
  return v === null || v === undefined ? undefined : Number(v);
}

function cacheOf(db: Executor): Map<string, Entry> | undefined {
  if (db.isTransaction) return undefined;
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

/** Whether totals may be cached for this executor (not inside a transaction). */
export const canCacheCounts = (db: Executor): boolean => !db.isTransaction;

/** The total stored for `key` at exactly this register version, if any. */
export function cachedTotal(db: Executor, key: string, version: unknown): number | undefined {
  if (version === null || version === undefined) return undefined;
  const hit = cacheOf(db)?.get(key);
  return hit && hit.version === Number(version) ? hit.total : undefined;
}

/** Stores a total counted at `version` (read in the count's own statement). */
export function storeTotal(db: Executor, key: string, version: unknown, total: number): void {
  const cache = cacheOf(db);
  if (!cache || version === null || version === undefined) return;
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { version: Number(version), total });
}
