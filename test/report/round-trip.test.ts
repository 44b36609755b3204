import { beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';
import type { ReportModel } from '../../src/report/model.js';
import { renderReportDocx } from '../../src/report/render-docx.js';
import { renderReportPdf } from '../../src/report/render-pdf.js';
import { generateRound } from './support/generate-round.js';
import { comparableText, expectedMotions, loadFixtureReport } from './support/render-round.js';
import { loadSeedRound, type RoundFixture } from './support/round-fixture.js';

const RENDERERS = { docx: renderReportDocx, pdf: renderReportPdf } as const;

const cases: [string, () => RoundFixture, number][] = [
  ['the seed-003 round', loadSeedRound, 23],
  ['a generated round of 100 motions', () => generateRound(100), 100],
];

describe.each(cases)('round trip of %s through the importer', (_name, fixture, count) => {
  let model: ReportModel;
  beforeAll(async () => {
    model = await loadFixtureReport(fixture());
  });

  describe.each(Object.keys(RENDERERS) as (keyof typeof RENDERERS)[])('as %s', (format) => {
    let analysis: Awaited<ReturnType<typeof analyseFile>>;
    beforeAll(async () => {
      const bytes = await RENDERERS[format](model);
      analysis = await analyseFile({ name: `verantwoording-alv-2025-06-18.${format}`, bytes });
    }, 120_000);

    it('is recognised as the accountability report of the meeting, without warnings', () => {
      expect(analysis.kind).toBe('accountability-report');
      expect(analysis.title).toBe(model.title);
      expect(analysis.meeting).toEqual(model.meeting);
      expect(analysis.warnings).toEqual([]);
    });

    it('gives back the same motions, submitters, meetings and proposals, in order', () => {
      expect(analysis.motions).toHaveLength(count);
      const found = analysis.motions.map((m) => ({
        title: m.title,
        submitters: m.submitters,
        andOthers: m.andOthers,
        topic: m.topic,
        adoptedAt: m.adoptedAt,
        proposal: m.proposal,
      }));
      expect(found).toEqual(expectedMotions(model));
    });

    it('gives back the call and the accountability text', () => {
      const motions = model.groups.flatMap((g) => g.motions);
      analysis.motions.forEach((found, i) => {
        expect(comparableText(found.call), motions[i].title).toBe(comparableText(motions[i].call));
        expect(comparableText(found.accountability), motions[i].title).toBe(
          comparableText(motions[i].accountability),
        );
      });
    });
  });
});

describe('the seed-003 round', () => {
  it('has 23 motions: 9 to hold, 13 to settle, 1 conditional', async () => {
    const model = await loadFixtureReport(loadSeedRound());
    const proposals = expectedMotions(model).map((m) => m.proposal);
    expect(proposals).toHaveLength(23);
    expect(proposals.filter((p) => p === 'hold')).toHaveLength(9);
    expect(proposals.filter((p) => p === 'settle')).toHaveLength(13);
    expect(proposals.filter((p) => p === 'conditional')).toHaveLength(1);
  });
});
