import { insertRows } from './compiled-insert.js';
import type { Executor } from './database.js';
import type { Database, TableName } from './schema.js';

/**
 * Bound parameters per statement stay well below SQLite's limit (32,766) and PostgreSQL's (65,535): a large
 * import (thousands of provenance spans, clauses or submitters) is written in several statements instead of
 * one that the database refuses ("too many SQL variables").
 */
const MAX_PARAMETERS = 16_000;

/** `items` in slices of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Rows per insert for rows of this many columns. */
export const rowsPerInsert = (columns: number): number => Math.max(1, Math.floor(MAX_PARAMETERS / columns));

/** Ids per `where id in (…)` list. */
export const IDS_PER_QUERY = 5_000;

/** Inserts rows of one table in bounded multi-row statements (call inside the caller's transaction). */
export async function insertBatched<T extends TableName>(
  db: Executor,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  for (const slice of chunks(rows, rowsPerInsert(columns)))
    await insertRows(db, table, slice as readonly Record<string, unknown>[]);
}

/**
 * Rows read for many parents at once (a meeting's agenda: its motions' parts, amendments, pre-advices), at most
 * IDS_PER_QUERY ids a statement, as records grouped by their parent in the order the statements return them.
 */
export async function readGroupedByParent<R, T>(
  ids: readonly string[],
  read: (slice: string[]) => Promise<R[]>,
  parentOf: (row: R) => string,
  toRecord: (row: R) => T,
): Promise<Map<string, T[]>> {
  const groups = new Map<string, T[]>();
  for (const slice of chunks(ids, IDS_PER_QUERY))
    for (const row of await read(slice)) {
      const key = parentOf(row);
      const list = groups.get(key);
      if (list) list.push(toRecord(row));
      else groups.set(key, [toRecord(row)]);
    }
  return groups;
}
