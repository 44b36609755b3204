import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../bench/import-corpus.js';
import { importFiles } from '../../src/importer/persist/import-file.js';
import { type ImportFixture, openImportFixture } from './persist-fixture.js';

describe('planner statistics after a large import (sqlite)', () => {
  let f: ImportFixture;
  beforeAll(async () => {
    f = await openImportFixture('sqlite');
  });
  afterAll(async () => f?.cleanup());

  /** Rows of sqlite_stat1 for the table (sqlite_stat1 exists only once something was analysed). */
  const analysed = async (table: string) => {
    const stat = await sql<{
      n: number;
    }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`;
    if ((await stat.execute(f.db)).rows[0].n === 0) return 0;
    const rows = await sql<{
      n: number;
    }>`select count(*) as n from sqlite_stat1 where tbl = ${table}`.execute(f.db);
    return rows.rows[0].n;
  };

  it('has none after a few files, and the imported tables’ after a hundred', async () => {
    await importFiles(f.db, f.writer, makeCorpus(5, 31), { documentsDir: f.documentsDir });
    expect(await analysed('motions')).toBe(0);
    const outcomes = await importFiles(f.db, f.writer, makeCorpus(100, 32), { documentsDir: f.documentsDir });
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(100);
    expect(await analysed('motions')).toBeGreaterThan(0);
    expect(await analysed('meetings')).toBeGreaterThan(0);
  }, 120_000);
});
