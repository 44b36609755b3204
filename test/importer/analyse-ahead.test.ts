import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../../bench/import-corpus.js';
import { analyseBytes } from '../../src/importer/analyse-file.js';
import { AnalysisAhead } from '../../src/importer/persist/analyse-ahead.js';
import { makePdf } from '../fixtures/importer/make-pdf.js';

/** Until the worker says it is ready (a minute at most). */
async function workerStarted(ahead: AnalysisAhead): Promise<void> {
  for (let waited = 0; !ahead.workerReady && waited < 60_000; waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('analysis ahead of storing', () => {
  it('gives every file its analysis in input order, read here while the worker starts and in it after', async () => {
    // PDFs too: the worker reads those and this thread recognises them (ADR 045), with the same outcome.
    const pdfs = [];
    for (const [i, doc] of makeCorpus(2, 9).entries()) {
      const lines = doc.bytes.toString('utf8').split('\n');
      pdfs.push({
        name: `verslag-${i}.pdf`,
        bytes: await makePdf([{ blocks: [{ kind: 'lines' as const, lines }] }]),
      });
    }
    const files = [
      ...makeCorpus(12, 7),
      { name: 'leeg.docx', bytes: new Uint8Array([1, 2, 3]) },
      ...makeCorpus(3, 8),
      ...pdfs,
    ];
    const ahead = new AnalysisAhead(files, {});
    const got = [];
    try {
      const first = ahead.take();
      // The worker has only just been started: the next files wait for no one, they are read here when taken.
      expect(ahead.nextReady).toBe(true);
      expect(ahead.nextAnalysed).toBe(false);
      got.push(await first);
      got.push(await ahead.take());
      // Once the worker says it is ready, the files not read yet go to it.
      await workerStarted(ahead);
      expect(ahead.workerReady).toBe(true);
      while (ahead.remaining > 0) got.push(await ahead.take());
      expect(ahead.readHereCount).toBe(2);
    } finally {
      await ahead.close();
    }
    expect(got).toHaveLength(files.length);
    for (const [index, file] of files.entries()) {
      const analysed = got[index];
      if (file.name === 'leeg.docx') {
        expect(analysed.failed).toMatchObject({ file: 'leeg.docx', status: 'failed' });
        expect(analysed.failed?.error.message).toMatch(/leeg\.docx/);
        continue;
      }
      if (analysed.failed) throw new Error(`${file.name}: ${analysed.failed.error.message}`);
      const direct = await analyseBytes(file.name, file.bytes);
      expect(analysed.detailed.analysis).toEqual(direct.analysis);
      expect(analysed.detailed.text).toBe(direct.text);
    }
  });

  it('tells when the next analysis is done, so a batch can wait a moment for it', async () => {
    const files = makeCorpus(6, 9);
    const ahead = new AnalysisAhead(files, {});
    try {
      await ahead.take();
      await workerStarted(ahead);
      expect(ahead.workerReady).toBe(true);
      // Each wait ends when the next file is analysed (long before the minute allowed), never before.
      while (ahead.remaining > 0) {
        await ahead.whenNextReady(60_000);
        expect(ahead.nextReady).toBe(true);
        expect(ahead.nextAnalysed).toBe(true);
        const next = await ahead.take();
        expect(next.failed).toBeUndefined();
      }
      // Nothing left: nothing to wait for.
      await ahead.whenNextReady(60_000);
    } finally {
      await ahead.close();
    }
  });

  it('gives up waiting for the next analysis after the time asked', async () => {
    // A PDF of 60 pages takes the worker far longer than a millisecond to read.
    const lines = Array.from(
      { length: 45 },
      (_, i) => `Regel ${i + 1} van een lange bijlage over de uitvoering.`,
    );
    const big = await makePdf(
      Array.from({ length: 60 }, () => ({ blocks: [{ kind: 'lines' as const, lines }] })),
    );
    const files = [...makeCorpus(1, 10), { name: 'bijlage.pdf', bytes: big }];
    const ahead = new AnalysisAhead(files, {});
    try {
      await ahead.take();
      await workerStarted(ahead);
      expect(ahead.workerReady).toBe(true);
      await ahead.whenNextReady(1);
      expect(ahead.nextReady).toBe(false);
      expect(ahead.nextAnalysed).toBe(false);
      // Taken anyway, it is still the file's own analysis.
      const next = await ahead.take();
      if (next.failed) throw new Error(next.failed.error.message);
      expect(next.detailed.analysis.pages).toBe(60);
    } finally {
      await ahead.close();
    }
  });
});
