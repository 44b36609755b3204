import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importFile, importFiles } from '../../src/importer/persist/import-file.js';
import { verifyAuditChain, verifyRecordStates } from '../../src/store/audit.js';
import { ENGINES } from '../support/engines.js';
import { type ImportFixture, openImportFixture, rowCounts } from './persist-fixture.js';
import { seedPath } from './support.js';

const failing = vi.hoisted(() => ({ after: Number.POSITIVE_INFINITY, calls: 0 }));

/** The third agreement of the letter fails to store, after the letter and two agreements were written. */
vi.mock('../../src/store/repositories/agreements.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/store/repositories/agreements.js')>();
  return {
    ...original,
    createAgreement: async (...args: Parameters<typeof original.createAgreement>) => {
      failing.calls += 1;
      if (failing.calls > failing.after) throw new Error('schijf vol');
      return original.createAgreement(...args);
    },
  };
});

describe.each(ENGINES)('an import is one transaction per document on %s', (engine) => {
  let f: ImportFixture;
  beforeAll(async () => {
    f = await openImportFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('stores all records of a document or none, and keeps no original of a failed import', async () => {
    const before = await rowCounts(f.db);
    failing.after = 2;
    failing.calls = 0;
    await expect(
      importFile(f.db, f.writer, seedPath('001'), { documentsDir: f.documentsDir }),
    ).rejects.toThrow('schijf vol');
    expect(failing.calls).toBe(3);
    expect(await rowCounts(f.db)).toEqual(before);
    expect(readdirSync(f.documentsDir)).toEqual([]);

    failing.after = Number.POSITIVE_INFINITY;
    const outcome = await importFile(f.db, f.writer, seedPath('001'), { documentsDir: f.documentsDir });
    expect(outcome).toMatchObject({ status: 'imported', counts: { lettersCreated: 1, agreements: 3 } });
    expect(readdirSync(f.documentsDir)).toHaveLength(1);
  });

  it('in a batch of files, rolls back only the file that fails; the files before it are committed', async () => {
    const g = await openImportFixture(engine);
    try {
      const files = [seedPath('000'), seedPath('001')];
      // 000 (a resolution, no agreements) and 001 (a letter whose third agreement fails) go into one transaction.
      failing.after = 2;
      failing.calls = 0;
      await expect(importFiles(g.db, g.writer, files, { documentsDir: g.documentsDir })).rejects.toThrow(
        'schijf vol',
      );
      expect(readdirSync(g.documentsDir)).toHaveLength(1);
      // The batch's events join the chain in one step: those of the file rolled back are not among them.
      const letterEvents = () =>
        g.db.selectFrom('audit_events').select('id').where('entity_kind', '=', 'letter').execute();
      expect(await letterEvents()).toEqual([]);
      expect(await verifyAuditChain(g.db)).toMatchObject({ ok: true });
      expect(await verifyRecordStates(g.db)).toMatchObject({ ok: true });

      failing.after = Number.POSITIVE_INFINITY;
      const outcomes = await importFiles(g.db, g.writer, files, { documentsDir: g.documentsDir });
      expect(outcomes.map((o) => o.status)).toEqual(['unchanged', 'imported']);
      expect(outcomes[1]).toMatchObject({ counts: { lettersCreated: 1, agreements: 3 } });
      expect(await letterEvents()).toHaveLength(1);
      expect(await verifyAuditChain(g.db)).toMatchObject({ ok: true });
      expect(await verifyRecordStates(g.db)).toMatchObject({ ok: true });
    } finally {
      await g.cleanup();
    }
  });

  it('an original that cannot be written fails its batch: none of the batch is committed', async () => {
    const g = await openImportFixture(engine);
    try {
      const before = await rowCounts(g.db);
      // A file where the directory of originals should be: every write of an original fails (not a missing
      // directory, which is made).
      const notADirectory = join(g.documentsDir, 'geen-map');
      writeFileSync(notADirectory, 'dit is een bestand');
      const files = [seedPath('000'), seedPath('001')];
      await expect(importFiles(g.db, g.writer, files, { documentsDir: notADirectory })).rejects.toThrow(
        /ENOTDIR/,
      );
      expect(await rowCounts(g.db)).toEqual(before);
      expect(readdirSync(g.documentsDir)).toEqual(['geen-map']);
      expect(await verifyAuditChain(g.db)).toMatchObject({ ok: true });

      const outcomes = await importFiles(g.db, g.writer, files, { documentsDir: g.documentsDir });
      expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
      expect(readdirSync(g.documentsDir)).toHaveLength(3);
    } finally {
      await g.cleanup();
    }
  });
});
