/**
 * CSV as RFC 4180 and safe to open in a spreadsheet. csv-stringify only quotes a field that holds the record
 * delimiter itself, so a text with a bare line feed came out unquoted and split the row; and a spreadsheet runs
 * any cell, or any line of a cell, that starts with = + - @ (or a tab or carriage return) as a formula.
 */
const NEEDS_QUOTES = /[";,\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes every formula start, of the cell and of each line after a line break in it, with an apostrophe. */
export function defuseFormula(value: string): string {
  // Lines at even indices, the line breaks between them at odd ones.
  const parts = value.split(/(\r\n|\r|\n)/);
  for (let i = 2; i < parts.length; i += 2) if (FORMULA_START.test(parts[i])) parts[i] = `'${parts[i]}`;
  // The cell itself: also a leading carriage return (which the split took as a line break) is a formula start.
  if (FORMULA_START.test(value)) parts[0] = `'${parts[0]}`;
  return parts.join('');
}

/**
 * One field: defused, then quoted (doubling quotes) when it holds a delimiter, quote, line break or edge space.
 * Given the one delimiter of the file, only that delimiter counts (a comma stays bare in a semicolon file).
 */
export function csvField(value: string, delimiter?: ',' | ';'): string {
  const safe = defuseFormula(value);
  const quote = delimiter
    ? /["\r\n]|^\s|\s$/.test(safe) || safe.includes(delimiter)
    : NEEDS_QUOTES.test(safe);
  return quote ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV with CRLF record delimiters (RFC 4180) and a byte-order mark, so spreadsheets read UTF-8. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  const lines = rows.map((row) => row.map((value) => csvField(value)).join(delimiter));
  return `\ufeff${lines.map((line) => `${line}\r\n`).join('')}`;
}
