import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameStatements } from '../../src/store/postgres-statements.js';
import { freshDatabaseUrl } from '../support/engines.js';

/**
 * Parameterised queries become named prepared statements, one per SQL text and connection (ADR 020); queries
 * without parameters stay unnamed; a statement whose columns a migration changed still runs.
 */
describe('named statements on PostgreSQL', () => {
  let pool: pg.Pool;
  let client: pg.PoolClient;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDatabaseUrl('postgres');
    drop = fresh.drop;
    pool = new pg.Pool({ connectionString: fresh.url, max: 1 });
    nameStatements(pool, 3);
    // As Kysely's driver does: a client from the pool, `query(sql, parameters)`.
    client = await pool.connect();
  });
  afterAll(async () => {
    client?.release();
    await pool?.end();
    await drop?.();
  });

  const prepared = async () =>
    (await client.query('select name, statement from pg_prepared_statements order by statement')).rows as {
      name: string;
      statement: string;
    }[];

  it('prepares a parameterised text once per connection and reuses it', async () => {
    for (let i = 0; i < 3; i += 1)
      expect((await client.query('select $1::int + 1 as n', [i])).rows).toEqual([{ n: i + 1 }]);
    const statements = await prepared();
    expect(statements.filter((s) => s.statement === 'select $1::int + 1 as n')).toHaveLength(1);
    expect(statements[0].name).toMatch(/^mm_/);
    // Without parameters: the simple protocol, nothing prepared (several statements in one text still work).
    await client.query('create table t (a int); insert into t values (1)', []);
    expect((await prepared()).map((s) => s.statement)).not.toContain(
      'create table t (a int); insert into t values (1)',
    );
  });

  it('runs a statement again after a migration changed its columns, and names at most the limit', async () => {
    const text = 'select * from t where a = $1';
    expect((await client.query(text, [1])).rows).toEqual([{ a: 1 }]);
    await client.query('alter table t add column b text', []);
    expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: null }]);
    expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: null }]);
    await client.query('select $1::text as x', ['a']);
    await client.query('select $1::text as y', ['b']);
    expect((await prepared()).length).toBeLessThanOrEqual(3);
  });
});
