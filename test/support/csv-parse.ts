/**
 * A strict RFC 4180 reader for the tests (deliberately not the library that writes our CSV): records end in
 * CRLF, a field is quoted or holds no quote, delimiter or line break. Throws on anything else.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endOfField = () => {
    if (input.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      return;
    }
    if (input[i] === delimiter) {
      i += 1;
      if (i === input.length) row.push('');
      return;
    }
    throw new Error(`Unexpected ${JSON.stringify(input.slice(i, i + 10))} at ${i}`);
  };
  while (i < input.length) {
    if (input[i] === '"') {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= input.length) throw new Error('Unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += input[i];
        i += 1;
      }
      row.push(value);
    } else {
      let end = i;
      while (end < input.length && input[end] !== delimiter && input[end] !== '\r' && input[end] !== '\n') {
        if (input[end] === '"') throw new Error(`Quote in unquoted field at ${end}`);
        end += 1;
      }
      if (input[end] === '\n' || (input[end] === '\r' && input[end + 1] !== '\n'))
        throw new Error(`Bare line break in unquoted field at ${end}`);
      row.push(input.slice(i, end));
      i = end;
    }
    if (i < input.length) endOfField();
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Whether a cell, or any line inside it, starts like a spreadsheet formula. */
export const startsFormula = (cell: string): boolean =>
  cell
    .split(/\r\n|\r|\n/)
    .some((line, index) => /^[=+\-@\t]/.test(line) || (index === 0 && cell.startsWith('\r')));
