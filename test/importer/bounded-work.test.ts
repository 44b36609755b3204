import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isImportError } from '../../src/importer/errors.js';
import { importFiles } from '../../src/importer/persist/import-file.js';
import { analyseInWorker } from '../../src/importer/preview/analyse-in-worker.js';
import { readDocument } from '../../src/importer/readers/read-document.js';
import {
  addProvenance,
  createDocument,
  listProvenanceForDocument,
} from '../../src/store/repositories/documents.js';
import { type Harness, startHarness } from '../api/support/harness.js';
import { ENGINES } from '../support/engines.js';
import { docxBomb, manyLines } from '../support/hostile-files.js';

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isImportError(error)).toBe(true);
  return error as { code: string; message: string };
};

describe('the importer bounds what one document may cost', () => {
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await docxBomb(199);
  });

  it('a 199 MB word/document.xml is refused with a Dutch error before it is unpacked', async () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().heapUsed;
    const error = await refusal(readDocument('bom.docx', bomb));
    expect(error.code).toBe('document_too_complex');
    expect(error.message).toMatch(/te groot of te ingewikkeld.*word\/document\.xml.*199 MB/);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('also when the ZIP directory lies about the size (it is inflated up to the limit, no further)', async () => {
    const liar = await docxBomb(199, { lie: true });
    const error = await refusal(readDocument('leugen.docx', liar));
    expect(error.code).toBe('document_too_complex');
  });

  it('refuses more lines than the limit', async () => {
    const error = await refusal(readDocument('lang.txt', manyLines(300_000)));
    expect(error.code).toBe('document_too_complex');
    expect(error.message).toMatch(/300000 regels/);
  });

  it('a preview runs in a worker: a file that needs more memory than its heap ends the worker, not us', async () => {
    const error = await refusal(
      analyseInWorker({ name: 'zwaar.txt', bytes: manyLines(200_000) }, { heapMb: 24 }),
    );
    expect(error.code).toBe('document_too_complex');
    expect(error.message).toMatch(/geheugen/);
    // The same file with a normal heap is read.
    const analysis = await analyseInWorker({ name: 'gewoon.txt', bytes: manyLines(200) });
    expect(analysis.file).toBe('gewoon.txt');
  });

  it('previews uploads at the same time, each in a worker of its own', async () => {
    const names = ['een.txt', 'twee.txt', 'drie.txt'];
    const analyses = await Promise.all(
      names.map((name, i) => analyseInWorker({ name, bytes: manyLines(50 + i) })),
    );
    expect(analyses.map((a) => a.file)).toEqual(names);
    // And after them one more, in the worker started ahead for it.
    expect((await analyseInWorker({ name: 'vier.txt', bytes: manyLines(10) })).file).toBe('vier.txt');
  });
});

describe('uploads and batches of hostile files', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await startHarness('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'motiemonitor-hostile-'));
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the upload preview of the bomb answers 413 problem+json in Dutch, and the server goes on', async () => {
    const res = await h.as('staff', {
      method: 'POST',
      url: '/api/v1/imports?bestandsnaam=bom.docx&voorbeeld=true',
      payload: await docxBomb(199),
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().code).toBe('document_too_complex');
    expect((await h.as('public', { method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });

  it('one bad file in a batch never stops the others, and leaves nothing behind', async () => {
    const bombPath = join(dir, 'bom.docx');
    writeFileSync(bombPath, await docxBomb(199));
    const good = join(dir, 'notitie.txt');
    writeFileSync(good, 'Notitie over de ledenvergadering van juni.\nGeen motie of resolutie.');
    const outcomes = await importFiles(h.ctx.db, h.system, [bombPath, good]);
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'imported']);
    const documents = await h.as('staff', { method: 'GET', url: '/api/v1/documenten' });
    expect(documents.json().resultaten.map((d: { bestandsnaam: string }) => d.bestandsnaam)).toEqual([
      'notitie.txt',
    ]);
  });
});

describe.each(ENGINES)('large imports write in bounded batches on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  it('6,000 provenance spans of one document (more than one statement may bind) are all stored', async () => {
    const doc = await createDocument(h.ctx.db, h.system, {
      filename: 'lijst.txt',
      mediaType: 'text/plain',
      contentHash: 'f'.repeat(64),
      size: 1,
      text: 'x',
    });
    const spans = Array.from({ length: 6_000 }, (_, i) => ({
      entityKind: 'meeting',
      entityId: randomUUID(),
      fromLine: i + 1,
      toLine: i + 1,
    }));
    await addProvenance(h.ctx.db, h.system, doc.id, spans);
    expect(await listProvenanceForDocument(h.ctx.db, h.ctx.organisation.id, doc.id)).toHaveLength(6_000);
  });
});
