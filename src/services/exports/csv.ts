import { csvField } from '../../report/csv.js';

/**
 * A table as CSV for spreadsheets: semicolons and a byte-order mark, so Excel with Dutch settings opens it in
 * columns with the accents intact. Every text cell goes through the report's `csvField` (RFC 4180 quoting, formula
 * starts defused in the cell and after every line break in it); numbers are written as they are.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) =>
    v === null ? '' : typeof v === 'number' ? String(v) : csvField(v, ';');
  return `\uFEFF${[header, ...rows].map((row) => `${row.map(cell).join(';')}\r\n`).join('')}`;
}
