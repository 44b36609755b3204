import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';

export type EngineName = 'sqlite' | 'postgres';
export const ENGINES: EngineName[] = ['sqlite', 'postgres'];

let counter = 0;

/** A fresh, empty database URL on the given engine: a temp SQLite file, or a new database in the test cluster. */
export async function freshDatabaseUrl(
  engine: EngineName,
): Promise<{ url: string; drop: () => Promise<void> }> {
  counter += 1;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-test-'));
    return {
      url: `sqlite:${join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = inject('postgresUrl');
  const name = `t_${process.pid}_${Date.now().toString(36)}_${counter}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Opens a fresh migrated database; call `cleanup` in afterAll. */
export async function openTestDatabase(
  engine: EngineName,
): Promise<OpenDatabase & { url: string; cleanup: () => Promise<void> }> {
  const { url, drop } = await freshDatabaseUrl(engine);
  const opened = await openDatabase(url);
  await migrateToLatest(opened.db);
  return {
    ...opened,
    url,
    cleanup: async () => {
      await opened.close();
      await drop();
    },
  };
}
