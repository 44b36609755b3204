import { CompiledQuery, type Kysely, PostgresAdapter } from 'kysely';
import type { Executor } from './database.js';

// biome-ignore lint/suspicious/noExplicitAny: generic over the table named by the caller
type Loose = Kysely<any>;

/** SQL texts of inserts already written out, by engine, table, columns and number of rows (bounded). */
const texts = new Map<string, string>();
const MAX_TEXTS = 512;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Inserts rows that all have the same columns in the same order, as Kysely would (`insert into "t" ("a", "b")
 * values (?, ?), (?, ?)`, `$1 …` on PostgreSQL), without building and compiling a query tree for every statement:
 * the importer writes thousands of small inserts (ADR 030). Rows of other shapes (a column missing or undefined in
 * one of them) go through Kysely, which fills in `default`. Table and column names come from our own code.
 */
export async function insertRows(
  db: Executor,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const uniform = rows.every((row) => {
    const keys = Object.keys(row);
    return (
      keys.length === columns.length && keys.every((key, i) => key === columns[i] && row[key] !== undefined)
    );
  });
  if (!uniform || columns.length === 0) {
    await (db as unknown as Loose).insertInto(table).values(rows).execute();
    return;
  }
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const key = `${postgres ? 'pg' : 'sqlite'}\u0000${table}\u0000${columns.join('\u0000')}\u0000${rows.length}`;
  let text = texts.get(key);
  if (text === undefined) {
    let n = 0;
    const tuple = () => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`;
    const values = rows.map(tuple).join(', ');
    text = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values ${values}`;
    if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value as string);
    texts.set(key, text);
  }
  const parameters: unknown[] = [];
  for (const row of rows) for (const column of columns) parameters.push(row[column]);
  await db.executeQuery(CompiledQuery.raw(text, parameters));
}
