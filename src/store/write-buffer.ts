import { insertBatched } from './batches.js';
import type { Executor } from './database.js';
import { type Database, TABLES_IN_DEPENDENCY_ORDER, type TableName } from './schema.js';

/**
 * Tables whose new rows may wait in a write buffer: rows nothing else in the import points at by foreign key
 * (a motion's submitters, its status transitions, its pre-advices), read back only through the functions that
 * flush first (`flushWriteBuffer`: listPreAdvices, the motions' submitters, the motion candidates, the search
 * sources, the transitions list).
 */
export const BUFFERED_TABLES: ReadonlySet<TableName> = new Set<TableName>([
  'motion_submitters',
  'motion_transitions',
  'pre_advices',
]);

type Buffer = Map<TableName, Record<string, unknown>[]>;
const buffers = new WeakMap<object, Buffer>();

/**
 * Runs `work` inside `trx` with the new rows of BUFFERED_TABLES collected and inserted many at a time (one
 * multi-row insert per table) when the buffer is flushed: by a read of such a table, by the caller (the importer
 * flushes at the end of every document, inside its savepoint) and at the end of `work`. Every row still goes in
 * within the transaction and with the audit event its writer appended; only the statements are fewer.
 */
export async function withWriteBuffer<T>(trx: Executor, work: () => Promise<T>): Promise<T> {
  if (!trx.isTransaction) throw new Error('withWriteBuffer needs a transaction');
  if (buffers.has(trx)) return work();
  buffers.set(trx, new Map());
  try {
    const result = await work();
    await flushWriteBuffer(trx);
    return result;
  } finally {
    buffers.delete(trx);
  }
}

/** Inserts `rows` of `table` now, or adds them to the write buffer of `trx` when it has one and the table may wait. */
export async function insertBuffered<T extends TableName>(
  trx: Executor,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  if (rows.length === 0) return;
  const buffer = buffers.get(trx);
  if (!buffer || !BUFFERED_TABLES.has(table)) {
    await insertBatched(trx, table, rows);
    return;
  }
  let waiting = buffer.get(table);
  if (!waiting) {
    waiting = [];
    buffer.set(table, waiting);
  }
  for (const row of rows) waiting.push(row as Record<string, unknown>);
}

/** Inserts the rows waiting in the write buffer of `trx` (parents first); a no-op without a buffer. */
export async function flushWriteBuffer(trx: Executor): Promise<void> {
  const buffer = buffers.get(trx);
  if (!buffer || buffer.size === 0) return;
  const tables = [
    ...TABLES_IN_DEPENDENCY_ORDER.filter((table) => buffer.has(table)),
    ...[...buffer.keys()].filter((table) => !TABLES_IN_DEPENDENCY_ORDER.includes(table)),
  ];
  const taken = tables.map((table) => [table, buffer.get(table) ?? []] as const);
  buffer.clear();
  for (const [table, rows] of taken) await insertBatched(trx, table, rows as Database[typeof table][]);
}

/** Forgets the rows waiting in the write buffer of `trx` (their writer was rolled back to a savepoint). */
export function dropWriteBuffer(trx: Executor): void {
  buffers.get(trx)?.clear();
}

/** How many rows wait in the write buffer of `trx` (0 without one). */
export function bufferedRowCount(trx: Executor): number {
  let n = 0;
  for (const rows of buffers.get(trx)?.values() ?? []) n += rows.length;
  return n;
}
