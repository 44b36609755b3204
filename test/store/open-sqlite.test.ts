import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseConfigError, openDatabase } from '../../src/store/database.js';

/**
 * Opening a SQLite file checks its header, by reading the header only: the server's memory must not hold a copy of
 * the database file (docs/benchmarks.md). A file over 2 GB cannot be read into one buffer at all, so opening one
 * shows it.
 */
describe('opening a SQLite database file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mm-open-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads only the header, so a file larger than 2 GB opens', async () => {
    const file = join(dir, 'groot.db');
    const created = await openDatabase(`sqlite:${file}`);
    await sql`create table motions_probe (id integer primary key, title text)`.execute(created.db);
    await sql`insert into motions_probe (title) values ('Jeugdzorg')`.execute(created.db);
    await created.close();
    // Sparse: no disk used; SQLite takes the size from the header, the free space after it is never read.
    truncateSync(file, 3 * 1024 ** 3);
    expect(statSync(file).size).toBeGreaterThan(2 ** 31);
    const opened = await openDatabase(`sqlite:${file}`);
    try {
      const rows = await sql<{ title: string }>`select title from motions_probe`.execute(opened.db);
      expect(rows.rows).toEqual([{ title: 'Jeugdzorg' }]);
    } finally {
      await opened.close();
    }
  });

  it('still refuses a file that is not a SQLite database, and accepts an empty one', async () => {
    const bad = join(dir, 'kapot.db');
    writeFileSync(bad, 'dit is geen database');
    await expect(openDatabase(`sqlite:${bad}`)).rejects.toThrow(DatabaseConfigError);
    await expect(openDatabase(`sqlite:${bad}`)).rejects.toThrow(/geen SQLite-database/);
    const empty = join(dir, 'leeg.db');
    writeFileSync(empty, '');
    const opened = await openDatabase(`sqlite:${empty}`);
    await opened.close();
  });
});
