/**
 * Import benchmark. A generated corpus of BENCH_DOCUMENTS (default 1000) text documents of five kinds:
 * throughput in MB/s of text for analysis only (read + normalise + recognise) and for the full import
 * (analysis + store in one transaction per document + provenance + search index) on each engine of
 * BENCH_ENGINES (default sqlite; add postgres for a throw-away cluster), after a warm-up import of TEXT_WARM_UP
 * other documents (the import's worker started, the storing code compiled). Then BENCH_PDFS (default 50)
 * generated PDFs: analysis and import time against bare text extraction (unpdf extractText) of the same
 * PDFs, as ratios within this run (both sides warmed with the same PDF_WARM_UP other PDFs first); beside each
 * wall time the CPU time of the process (all threads), which a busy shared machine disturbs less. Prints one
 * JSON object. Run: `npm run bench -- import`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractText } from 'unpdf';
import { analyseBytes } from '../src/importer/analyse-file.js';
import { importFiles } from '../src/importer/persist/import-file.js';
import { seedMunicipalities } from '../src/seed/municipalities.js';
import { SYSTEM_ACTOR, type WriteContext } from '../src/store/audit.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { createOrganisation } from '../src/store/repositories/organisations.js';
import { makePdf } from '../test/fixtures/importer/make-pdf.js';
import { startPostgresCluster } from '../test/support/postgres-cluster.js';
import { type CorpusDocument, makeCorpus } from './import-corpus.js';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);
const PDFS = Number(process.env.BENCH_PDFS ?? 50);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite').split(',');
/** PDFs read by both sides before the PDF figures are timed. */
const PDF_WARM_UP = 10;
/** Text documents imported into a scratch database before the text import is timed. */
const TEXT_WARM_UP = 20;
const MB = 1_000_000;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Wall time, and the process's CPU time (all its threads: the analysis worker too), of `work`. */
async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; cpuSeconds: number; result: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, result };
}

async function analyseAll(documents: CorpusDocument[]) {
  return timed(async () => {
    for (const document of documents) await analyseBytes(document.name, document.bytes);
  });
}

/**
 * Scratch directories are removed when the bench ends, not between measurements: on a file system without a
 * journal (ext4 on this kind of machine) creating a file skips the inodes freed in the last minutes one by one,
 * so removing the text import's 1,000 originals would slow the PDF import's file creation that follows.
 */
const scratch: string[] = [];
const scratchDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};

/** A fresh database with an organisation and its members; the import into it is what is timed. */
async function importInto(url: string, documents: CorpusDocument[]) {
  const opened = await openDatabase(url);
  const originals = scratchDir('bench-originals-');
  try {
    await migrateToLatest(opened.db);
    const organisation = await createOrganisation(opened.db, {
      name: 'Benchvereniging',
      slug: 'bench',
      settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
      actor: SYSTEM_ACTOR,
    });
    const writer: WriteContext = { organisationId: organisation.id, actor: { id: null, label: 'bench' } };
    await seedMunicipalities(opened.db, writer);
    const { seconds, cpuSeconds, result } = await timed(() =>
      importFiles(opened.db, writer, documents, { documentsDir: originals }),
    );
    const records: Record<string, number> = {};
    for (const outcome of result) {
      if (outcome.status !== 'imported') continue;
      for (const [key, n] of Object.entries(outcome.counts)) records[key] = (records[key] ?? 0) + n;
    }
    return { seconds, cpuSeconds, imported: result.filter((o) => o.status === 'imported').length, records };
  } finally {
    await opened.close();
  }
}

async function engineUrl(engine: string): Promise<{ url: string; stop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = scratchDir('bench-import-');
    return { url: `sqlite:${join(dir, 'bench.db')}`, stop: async () => undefined };
  }
  const cluster = await startPostgresCluster();
  return { url: cluster.url(), stop: () => cluster.stop() };
}

/** PDFs of the corpus text, wrapped at 90 characters, 45 lines a page. */
async function pdfsOf(documents: CorpusDocument[]): Promise<CorpusDocument[]> {
  const out: CorpusDocument[] = [];
  for (const document of documents) {
    const lines = document.bytes
      .toString('utf8')
      .split('\n')
      .flatMap((line) => line.match(/.{1,90}(\s|$)|\S+/g) ?? ['']);
    const pages = [];
    for (let i = 0; i < lines.length; i += 45)
      pages.push({ blocks: [{ kind: 'lines' as const, lines: lines.slice(i, i + 45) }] });
    out.push({ name: document.name.replace(/\.txt$/, '.pdf'), bytes: await makePdf(pages) });
  }
  return out;
}

const corpus = makeCorpus(DOCUMENTS);
// Warm up: module loading, the municipality list and the JIT are not what is measured.
await analyseAll(makeCorpus(20, 99));
const textMb = corpus.reduce((sum, document) => sum + document.bytes.length, 0) / MB;
const analysed = await analyseAll(corpus);
// The same for the import (after the analysis alone is timed, which it would disturb): its analysis worker started
// (its modules loaded) and the storing code run, by an import of TEXT_WARM_UP other documents into a scratch
// database (a server's later imports find the worker parked, ADR 025).
{
  const warmUpTarget = await engineUrl('sqlite');
  await importInto(warmUpTarget.url, makeCorpus(TEXT_WARM_UP, 98)).finally(() => warmUpTarget.stop());
}
const engines: Record<string, unknown> = {};
for (const engine of ENGINES) {
  const target = await engineUrl(engine);
  try {
    const run = await importInto(target.url, corpus);
    engines[engine] = {
      seconds: round(run.seconds),
      cpuSeconds: round(run.cpuSeconds),
      mbPerSecond: round(textMb / run.seconds, 3),
      documentsPerSecond: round(DOCUMENTS / run.seconds, 1),
      imported: run.imported,
      records: run.records,
    };
  } finally {
    await target.stop();
  }
}

/** The PDF figures (none with BENCH_PDFS=0). */
async function measurePdfs() {
  const pdfs = await pdfsOf(makeCorpus(PDFS, 11));
  const pdfMb = pdfs.reduce((sum, document) => sum + document.bytes.length, 0) / MB;
  // Warm-up, like with like: the same PDFs of another corpus are read before the clock by this thread (the bare
  // extraction and the analysis below run here) and by the import's analysis worker (imported into a scratch
  // database), so pdf.js and the recognisers are compiled on both sides before either is timed (steady state, as
  // for the text above: loading and the JIT are not what is measured).
  const warmUpPdfs = await pdfsOf(makeCorpus(PDF_WARM_UP, 12));
  for (const pdf of warmUpPdfs) await extractText(new Uint8Array(pdf.bytes), { mergePages: true });
  await analyseAll(warmUpPdfs);
  const warmUpTarget = await engineUrl('sqlite');
  await importInto(warmUpTarget.url, warmUpPdfs).finally(() => warmUpTarget.stop());
  // Interleaved per file, so a change in machine load hits both measurements alike.
  let bareSeconds = 0;
  let pdfAnalysis = 0;
  for (const pdf of pdfs) {
    bareSeconds += (await timed(() => extractText(new Uint8Array(pdf.bytes), { mergePages: true }))).seconds;
    pdfAnalysis += (await timed(() => analyseBytes(pdf.name, pdf.bytes))).seconds;
  }
  const pdfTarget = await engineUrl('sqlite');
  const pdfImport = await importInto(pdfTarget.url, pdfs).finally(() => pdfTarget.stop());
  return {
    files: PDFS,
    pdfMb: round(pdfMb, 3),
    bareExtractionSeconds: round(bareSeconds, 3),
    analysisSeconds: round(pdfAnalysis, 3),
    importSeconds: round(pdfImport.seconds, 3),
    importCpuSeconds: round(pdfImport.cpuSeconds, 3),
    analysisToBareRatio: round(pdfAnalysis / bareSeconds),
    importToBareRatio: round(pdfImport.seconds / bareSeconds),
  };
}

const report = {
  benchmark: 'import',
  documents: DOCUMENTS,
  textMb: round(textMb, 3),
  analysis: {
    seconds: round(analysed.seconds),
    cpuSeconds: round(analysed.cpuSeconds),
    mbPerSecond: round(textMb / analysed.seconds, 3),
  },
  import: engines,
  pdf: PDFS > 0 ? await measurePdfs() : null,
};
for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
