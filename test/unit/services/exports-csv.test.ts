import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/services/exports/csv.js';
import { parseCsv } from '../../support/csv-parse.js';

const read = (csv: string) => parseCsv(csv, ';');

describe('CSV exports of polls and registrations', () => {
  it('quotes what needs it and reads back to the same cells', () => {
    const csv = toCsv(
      ['naam', 'wens'],
      [
        ['De "Boer"; Jan', 'regel 1\nregel 2'],
        ['Gouda', null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(read(csv)).toEqual([
      ['naam', 'wens'],
      ['De "Boer"; Jan', 'regel 1\nregel 2'],
      ['Gouda', ''],
    ]);
  });

  it('defuses formula starts in a cell and after every kind of line break, and leaves numbers alone', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['=1+1', 'ok\r=HYPERLINK("x")', -3],
        ['x\r\n@SUM(A1)', '\t+2', 4.5],
      ],
    );
    expect(read(csv).slice(1)).toEqual([
      ["'=1+1", 'ok\r\'=HYPERLINK("x")', '-3'],
      ["x\r\n'@SUM(A1)", "'\t+2", '4.5'],
    ]);
  });
});
