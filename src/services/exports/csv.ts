import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") gets a leading quote (CSV injection). */
const defuse = (value: string): string => value.replace(/(^|\n)([=+\-@\t\r])/g, "$1'$2");

/**
 * A table as CSV for spreadsheets: semicolons and a byte-order mark, so Excel with Dutch settings opens it in
 * columns with the accents intact; every field that needs it is quoted.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cells = rows.map((row) =>
    row.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : defuse(v))),
  );
  return `\uFEFF${stringify([header, ...cells], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[;"\n\r]/ })}`;
}
