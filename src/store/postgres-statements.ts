import { createHash } from 'node:crypto';
import type pg from 'pg';

/** How many named (prepared) statements one PostgreSQL connection keeps; beyond that queries run unnamed. */
export const NAMED_STATEMENTS_PER_CONNECTION = 300;

type Query = (...args: unknown[]) => unknown;

/**
 * Makes every parameterised query of this pool's connections a named prepared statement (pg's `name` option),
 * so PostgreSQL parses and plans each SQL text once per connection instead of on every request (ADR 020). Kysely's
 * driver calls `client.query(sql, parameters)`; the name is a hash of the SQL. Queries without parameters (DDL,
 * migrations of several statements, begin/commit) stay unnamed: they use the simple protocol, as before. A
 * connection names at most `limit` texts (the server keeps them for the session). A named statement whose cached
 * plan no longer fits the table (a migration changed its columns: "cached plan must not change result type") is
 * run once more unnamed and never named again on that connection.
 */
export function nameStatements(pool: pg.Pool, limit = NAMED_STATEMENTS_PER_CONNECTION): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    const named = new Map<string, string>();
    const unnamed = new Set<string>();
    const nameOf = (text: string): string | undefined => {
      if (unnamed.has(text)) return undefined;
      const known = named.get(text);
      if (known !== undefined || named.size >= limit) return known;
      const name = `mm_${createHash('sha1').update(text).digest('base64url')}`;
      named.set(text, name);
      return name;
    };
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      const [text, values] = args;
      if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || args.length > 2)
        return query(...args);
      const name = nameOf(text);
      if (name === undefined) return query(text, values);
      return (query({ name, text, values }) as Promise<unknown>).catch((error: { code?: string }) => {
        if (error?.code !== '0A000') throw error;
        unnamed.add(text); // still counted in `named`: the server keeps the old statement for the session

        return query(text, values);
      });
    };
  });
}
