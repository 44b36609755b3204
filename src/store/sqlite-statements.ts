import type SQLite from 'better-sqlite3';
import { leastRecentKey } from './least-recent.js';

/** How many prepared statements a connection keeps (least recently used dropped first). */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * Makes `prepare` of this connection reuse prepared statements by SQL text. Kysely's SQLite driver prepares every
 * query anew; compiling the SQL cost more than running it for the importer's small writes (bench/import.bench.ts).
 * A statement still being iterated (a streamed query) is never handed out twice: a busy one is prepared anew.
 */
export function cacheStatements(sqlite: SQLite.Database, size = STATEMENT_CACHE_SIZE): void {
  const prepare = sqlite.prepare.bind(sqlite);
  // A hit marks its statement rather than moving it to the end of the map: deleting and inserting a key on every
  // query made V8 replace the map's table every few queries, and the chain of replaced tables outlived the
  // scavenges under load (ADR 040).
  const cache = new Map<string, { statement: SQLite.Statement; used: number }>();
  let tick = 0;
  const cached = (source: string): SQLite.Statement => {
    const hit = cache.get(source);
    if (hit && !hit.statement.busy) {
      hit.used = ++tick;
      return hit.statement;
    }
    const statement = prepare(source);
    if (!hit) {
      cache.set(source, { statement, used: ++tick });
      if (cache.size > size) cache.delete(leastRecentKey(cache) as string);
    }
    return statement;
  };
  sqlite.prepare = cached as typeof sqlite.prepare;
}
