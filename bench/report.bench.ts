/**
 * Report benchmark: generation time per format (HTML, CSV, DOCX with and without page estimation for the
 * table of contents, PDF with its two layout passes) for the seed-003 round (23 motions) and a generated round
 * of 100 motions, each loaded from a fresh SQLite database first (the load is timed too). One JSON line per
 * round and format, with `ratio` = p50 / p50 of the HTML of the same round.
 * Run: `npm run bench -- report` or `node --import tsx bench/report.bench.ts` (BENCH_RUNS, default 5).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAccountabilityReport } from '../src/report/load-accountability-report.js';
import type { ReportModel } from '../src/report/model.js';
import { renderReportCsv } from '../src/report/render-csv.js';
import { renderReportDocx } from '../src/report/render-docx.js';
import { renderReportHtml } from '../src/report/render-html.js';
import { renderReportPdf } from '../src/report/render-pdf.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { generateRound } from '../test/report/support/generate-round.js';
import { populateRound } from '../test/report/support/populate-round.js';
import { loadSeedRound, type RoundFixture } from '../test/report/support/round-fixture.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const utf8 = (text: string) => new TextEncoder().encode(text);

const FORMATS: [string, (model: ReportModel) => Promise<Uint8Array>][] = [
  ['html', async (model) => utf8(renderReportHtml(model))],
  ['csv', async (model) => utf8(renderReportCsv(model))],
  ['docx', (model) => renderReportDocx(model)],
  ['docx-no-page-estimate', (model) => renderReportDocx(model, { estimatePages: false })],
  ['pdf', (model) => renderReportPdf(model)],
];

async function time(work: () => Promise<Uint8Array | ReportModel>, runs: number) {
  await work();
  const samples: number[] = [];
  let result: Uint8Array | ReportModel = new Uint8Array();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(samples[Math.floor(samples.length / 2)]),
    min: round(samples[0]),
    max: round(samples[samples.length - 1]),
    result,
  };
}

async function benchRound(name: string, fixture: RoundFixture): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-report-'));
  const opened = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
  try {
    await migrateToLatest(opened.db);
    const round = await populateRound(opened.db, fixture);
    const load = await time(
      () => loadAccountabilityReport(opened.db, round.organisationId, { roundId: round.roundId }),
      RUNS,
    );
    const model = load.result as ReportModel;
    const motions = model.groups.reduce((n, group) => n + group.motions.length, 0);
    const line = (format: string, t: { p50: number; min: number; max: number }, extra: object) =>
      console.log(
        JSON.stringify({
          bench: 'report',
          round: name,
          motions,
          format,
          runs: RUNS,
          p50_ms: t.p50,
          min_ms: t.min,
          max_ms: t.max,
          ...extra,
        }),
      );
    line('load', load, {});
    let htmlP50 = 0;
    for (const [format, render] of FORMATS) {
      const t = await time(() => render(model), RUNS);
      if (format === 'html') htmlP50 = t.p50;
      const bytes = (t.result as Uint8Array).length;
      line(format, t, { bytes, ratio: htmlP50 > 0 ? Math.round((t.p50 / htmlP50) * 10) / 10 : 1 });
    }
  } finally {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await benchRound('seed-003', loadSeedRound());
await benchRound('generated-100', generateRound(100));
