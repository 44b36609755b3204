import type SQLite from 'better-sqlite3';

/** How many prepared statements a connection keeps (least recently used dropped first). */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * Makes `prepare` of this connection reuse prepared statements by SQL text. Kysely's SQLite driver prepares every
 * query anew; compiling the SQL cost more than running it for the importer's small writes (bench/import.bench.ts).
 * A statement still being iterated (a streamed query) is never handed out twice: a busy one is prepared anew.
 */
export function cacheStatements(sqlite: SQLite.Database, size = STATEMENT_CACHE_SIZE): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, SQLite.Statement>();
  const cached = (source: string): SQLite.Statement => {
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      cache.delete(source);
      cache.set(source, hit);
      return hit;
    }
    const statement = prepare(source);
    if (!hit) {
      cache.set(source, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
    }
    return statement;
  };
  sqlite.prepare = cached as typeof sqlite.prepare;
}
