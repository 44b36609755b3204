import { describe, expect, it } from 'vitest';
import { csvField, defuseFormula, toCsv } from '../../src/report/csv.js';
import type { ReportModel } from '../../src/report/model.js';
import { renderReportCsv } from '../../src/report/render-csv.js';
import { parseCsv, startsFormula } from '../support/csv-parse.js';
import { loadFixtureReport } from './support/render-round.js';
import { loadSeedRound } from './support/round-fixture.js';

const HOSTILE = [
  '=HYPERLINK("http://elders.example","klik")',
  'Eerste regel\n=1+1',
  'Eerste regel\r\n+SUM(A1:A9)',
  'regel\r-2+3',
  '@SUM(1)',
  '\t=tab',
  '\r=cr',
  '- Zich te blijven inzetten\n- voor de gemeenten',
  'met; puntkomma, komma en "aanhalingstekens"',
  ' spatie vooraan',
];

describe('CSV cells', () => {
  it('defuses every formula start, also after each kind of line break', () => {
    for (const value of HOSTILE) expect(startsFormula(defuseFormula(value))).toBe(false);
    expect(defuseFormula('gewoon\ntekst')).toBe('gewoon\ntekst');
    expect(defuseFormula('a\n=b')).toBe("a\n'=b");
  });

  it('parses back to one record per row, with every field intact apart from the defusing quote', () => {
    const rows = HOSTILE.map((v, i) => [String(i), v, 'x']);
    for (const delimiter of [',', ';'] as const) {
      const parsed = parseCsv(toCsv(rows, delimiter), delimiter);
      expect(parsed).toHaveLength(rows.length);
      parsed.forEach((row, i) => {
        expect(row).toHaveLength(3);
        expect(row[1]).toBe(defuseFormula(HOSTILE[i]));
        expect(startsFormula(row[1])).toBe(false);
      });
    }
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});

describe('accountability report CSV', () => {
  it('with line breaks and formula starts in every text parses to one row per motion', async () => {
    const model: ReportModel = structuredClone(await loadFixtureReport(loadSeedRound()));
    let n = 0;
    for (const group of model.groups)
      for (const motion of group.motions) {
        const hostile = HOSTILE[n++ % HOSTILE.length];
        motion.title = hostile;
        motion.call = `Verzoekt het bestuur:\n${hostile}`;
        motion.accountability = `Stand van zaken.\n\n${hostile}\n- nog een punt`;
        motion.topic = hostile;
      }
    const rows = parseCsv(renderReportCsv(model), ';');
    expect(rows).toHaveLength(1 + n);
    for (const row of rows) {
      expect(row).toHaveLength(14);
      for (const cell of row) expect(startsFormula(cell)).toBe(false);
    }
    expect(rows[1][6]).toBe(defuseFormula(HOSTILE[0]));
  });

  it('the seed report parses to 24 rows of 14 fields (its texts have line breaks and dashes)', async () => {
    const rows = parseCsv(renderReportCsv(await loadFixtureReport(loadSeedRound())), ';');
    expect(rows).toHaveLength(24);
    expect(rows.every((row) => row.length === 14)).toBe(true);
    expect(rows.flat().some((cell) => cell.includes('\n'))).toBe(true);
    expect(rows.flat().filter(startsFormula)).toEqual([]);
  });
});
