import { closeSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { anchorFilesFor, registerAnchor } from './audit-anchor.js';
import { registerChannelUrl, stopListening } from './live-channel.js';
import { nameStatements } from './postgres-statements.js';
import { attachRegisterWatch, stopRegisterWatch, watchPoolWrites } from './register-watch.js';
import type { Database } from './schema.js';
import { cacheStatements } from './sqlite-statements.js';

export type Engine = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
/** Anything that can run a query: the database or a transaction on it. */
export type Executor = Kysely<Database> | Transaction<Database>;

export const DEFAULT_DATABASE_URL = 'sqlite:./data/motiemonitor.db';

/** A problem with configuration or the database that the user must fix; printed as one line. */
export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

export type DatabaseTarget = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

export function parseDatabaseUrl(url: string): DatabaseTarget {
  const value = url.trim();
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path)
      throw new DatabaseConfigError(
        `DATABASE_URL "${url}" noemt geen bestand (voorbeeld: sqlite:./data/motiemonitor.db)`,
      );
    return { engine: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new DatabaseConfigError(`DATABASE_URL "${redact(url)}" is geen geldige PostgreSQL-URL`);
    }
    return { engine: 'postgres', url: value };
  }
  throw new DatabaseConfigError(
    `DATABASE_URL "${redact(url)}" wordt niet herkend: gebruik sqlite:PAD of postgres://gebruiker@host:poort/database`,
  );
}

export function redact(url: string): string {
  return url.replace(/(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

export type OpenDatabase = { db: Db; engine: Engine; target: DatabaseTarget; close: () => Promise<void> };

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * The first bytes of a file, read as such: reading the whole file for its header put a copy of the database (127 MB
 * at 100,000 motions) in the server's memory until the next full garbage collection (docs/benchmarks.md, memory).
 */
function readHead(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function openSqlite(path: string): Db {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) {
      const head = readHead(path, SQLITE_MAGIC.length);
      if (head.length > 0 && head !== SQLITE_MAGIC) {
        throw new DatabaseConfigError(
          `${path} is geen SQLite-database (het bestand is beschadigd of van een ander type)`,
        );
      }
    }
  }
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Memory, set deliberately (ADR 010): a page cache of at most 16 MB (the hot index pages of a 100,000-motion
  // register; SQLite's default is 2 MB), no memory-mapped I/O (mapped file pages would count in the server's RSS
  // and grow with the file; reads go through the OS page cache instead), temporary tables and sorts on disk.
  sqlite.pragma('cache_size = -16384');
  sqlite.pragma('mmap_size = 0');
  sqlite.pragma('temp_store = FILE');
  // Planner statistics: without them SQLite scans a whole organisation for a member filter (170 ms instead of
  // 7 ms at 100k motions, bench/motions-store.bench.ts). Bounded, cheap; recommended at open by SQLite.
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma('optimize = 0x10002');
  cacheStatements(sqlite);
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  nameStatements(pool);
  watchPoolWrites(pool, url);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  attachRegisterWatch(db, pool);
  return db;
}

/** Opens the database named by the URL and checks that it answers; throws DatabaseConfigError otherwise. */
export async function openDatabase(
  url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
): Promise<OpenDatabase> {
  const target = parseDatabaseUrl(url);
  let db: Db;
  try {
    db = target.engine === 'sqlite' ? openSqlite(target.path) : openPostgres(target.url);
  } catch (error) {
    if (error instanceof DatabaseConfigError) throw error;
    throw new DatabaseConfigError(`Database ${describe(target)} kan niet worden geopend: ${message(error)}`);
  }
  try {
    const probe =
      target.engine === 'sqlite' ? sql`select count(*) as n from sqlite_master` : sql`select 1 as n`;
    await probe.execute(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new DatabaseConfigError(`Database ${describe(target)} is niet bruikbaar: ${message(error)}`);
  }
  registerAnchor(db, anchorFilesFor(target));
  if (target.engine === 'postgres') registerChannelUrl(db, target.url);
  const close = async () => {
    await stopListening(db);
    await stopRegisterWatch(db);
    await db.destroy();
  };
  return { db, engine: target.engine, target, close };
}

export function describe(target: DatabaseTarget): string {
  return target.engine === 'sqlite' ? `sqlite:${target.path}` : redact(target.url);
}

function message(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return message(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Whether the database answers a trivial query (health checks). */
export async function pingDatabase(db: Executor): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
