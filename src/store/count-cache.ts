import { type RawBuilder, sql } from 'kysely';
import type { Executor } from './database.js';
import { keptRegisterVersion, readAndKeep } from './register-watch.js';
import { createFreshReads, createVersionCache, type VersionCache } from './version-cache.js';

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

const MAX_ENTRIES = 500;
const caches = new WeakMap<object, VersionCache<number>>();

/** The register version as a column of any query (an uncorrelated subquery: evaluated once per statement). */
export function registerVersion(): RawBuilder<number | string | null> {
  return sql<number | string | null>`(select max(audit_events.seq) from audit_events)`;
}

async function queryRegisterVersion(db: Executor): Promise<number | undefined> {
  const { rows } = await sql<{ v: number | string | null }>`select ${registerVersion()} as v`.execute(db);
  const v = rows[0]?.v;
  return v === null || v === undefined ? undefined : Number(v);
}

const freshVersion = createFreshReads<object, number | undefined>();

/** The kept version, or one read from the database (kept when register-watch may keep it). */
const keptOrRead = (db: Executor): Promise<number | undefined> => {
  const kept = keptRegisterVersion(db);
  return kept ? Promise.resolve(kept.version) : readAndKeep(db, () => queryRegisterVersion(db));
};

/**
 * The register version now, e.g. to answer a conditional request without reading the rows.
 *
 * On PostgreSQL the version is kept in memory between writes, as LISTEN/NOTIFY tells them (ADR 026,
 * src/store/register-watch.ts): a lookup per request cost a pool connection and a round trip to the database each,
 * the most of an unchanged page's time. Otherwise (SQLite, PostgreSQL after a write or while not listening) it is
 * one index lookup, and requests that ask together share it. A lookup already running may have started before the
 * caller asked — before a write the caller has seen committed — so a caller never joins it: callers that arrive
 * while one runs share the next one, started after it ends (src/store/version-cache.ts, `createFreshReads`); each
 * gets a version read after it asked. Inside a transaction the lookup is the transaction's own.
 */
export function readRegisterVersion(db: Executor): Promise<number | undefined> {
  if (db.isTransaction) return queryRegisterVersion(db);
  const kept = keptRegisterVersion(db);
  if (kept) return Promise.resolve(kept.version);
  return freshVersion(db, () => keptOrRead(db));
}

function cacheOf(db: Executor): VersionCache<number> | undefined {
  if (db.isTransaction) return undefined;
  let cache = caches.get(db);
  if (!cache) {
    cache = createVersionCache<number>({ maxEntries: MAX_ENTRIES });
    caches.set(db, cache);
  }
  return cache;
}

const versionOf = (version: unknown): number | undefined =>
  version === null || version === undefined ? undefined : Number(version);

/** Whether totals may be cached for this executor (not inside a transaction). */
export const canCacheCounts = (db: Executor): boolean => !db.isTransaction;

/** The total stored for `key` at exactly this register version, if any. */
export function cachedTotal(db: Executor, key: string, version: unknown): number | undefined {
  return cacheOf(db)?.get(key, versionOf(version));
}

/** Stores a total counted at `version` (read in the count's own statement). */
export function storeTotal(db: Executor, key: string, version: unknown, total: number): void {
  cacheOf(db)?.set(key, versionOf(version), total);
}
