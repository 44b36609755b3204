import type { AgreementStatus } from '../../domain/types.js';
import { parseDutchDate } from '../dutch-dates.js';
import type { AgreementRecord, LogicalLine, Recognised } from '../types.js';
import { emptyRecognised } from '../types.js';

/**
 * Layout "RIS commitment list" (toezeggingenlijst): the CSV export of a council information system (iBabs,
 * Notubiz, GemeenteOplossingen), one row per commitment with a header naming the columns. Columns are found by
 * their header, in any order; separators `;`, `,` or tab; quoted fields may hold line breaks.
 */
export type CommitmentRecord = AgreementRecord & {
  number: string | null;
  meetingDate: string | null;
  portfolioHolder: string | null;
  status: AgreementStatus;
  statusText: string | null;
  fulfilment: string | null;
  fulfilledOn: string | null;
};

type Column = 'number' | 'meeting' | 'holder' | 'text' | 'due' | 'status' | 'fulfilment' | 'fulfilledOn';

const HEADERS: [Column, RegExp][] = [
  ['fulfilledOn', /^(?:datum\s+(?:afgedaan|afgehandeld|afdoening|gereed)|afgedaan\s+op|afgehandeld\s+op)$/],
  ['number', /^(?:nummer|nr\.?|id|kenmerk|toezeggingsnummer|toezeggingnummer|volgnummer)$/],
  [
    'meeting',
    /^(?:datum(?:\s+(?:vergadering|raadsvergadering|toezegging|gedaan))?|vergaderdatum|vergadering|gedaan\s+op)$/,
  ],
  ['holder', /^(?:portefeuillehouder|wethouder|toegezegd\s+door|verantwoordelijke?)$/],
  ['text', /^(?:toezegging|omschrijving|tekst|onderwerp|inhoud(?:\s+toezegging)?)$/],
  [
    'due',
    /^(?:streefdatum|afdoeningsdatum|deadline|uiterste\s+datum|termijn|einddatum|planning|gereed\s+voor)$/,
  ],
  ['status', /^(?:status|stand)$/],
  ['fulfilment', /^(?:afdoening|toelichting(?:\s+afdoening)?|stand\s+van\s+zaken|afhandeling|voortgang)$/],
];

const STATUS: [RegExp, AgreementStatus][] = [
  [/^(?:deels|gedeeltelijk)/, 'partly-fulfilled'],
  [/^(?:afgedaan|afgehandeld|voldaan|gereed|uitgevoerd|nagekomen|afgerond)/, 'fulfilled'],
  [/^(?:ingetrokken|vervallen|komt\s+te\s+vervallen)/, 'withdrawn'],
  [/^(?:niet\s+nagekomen|niet\s+gehaald|niet\s+voldaan)/, 'broken'],
  [/^(?:open|lopend|in\s+behandeling|in\s+uitvoering|nog\s+niet|onderhanden|toegezegd)/, 'open'],
];

type Row = { fields: string[]; line: number; endLine: number };

/** Splits CSV text into rows (RFC 4180 quotes, a doubled quote inside), keeping the line each row starts on. */
export function parseDelimited(text: string, separator: string): Row[] {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f.trim() !== '')) rows.push({ fields, line: start, endLine: line });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += c;
  }
  fields.push(field);
  if (quoted || fields.some((f) => f.trim() !== '')) rows.push({ fields, line: start, endLine: line });
  return rows;
}

const headerKey = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[:*]+$/, '')
    .replace(/\s+/g, ' ');

function columnsOf(header: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    const key = headerKey(name);
    const found = HEADERS.find(([column, pattern]) => !columns.has(column) && pattern.test(key));
    if (found) columns.set(found[0], index);
  });
  return columns;
}

/** The separator and columns of a commitment table, or null when the text is none. */
function tableLayout(text: string): { separator: string; columns: Map<Column, number> } | null {
  const first =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((line) => line.trim() !== '') ?? '';
  for (const separator of [';', '\t', ',']) {
    if (!first.includes(separator)) continue;
    const columns = columnsOf(parseDelimited(first, separator)[0]?.fields ?? []);
    const promised = columns.has('text') && /toezegging/i.test(first);
    const described = columns.has('meeting') || columns.has('holder') || columns.has('due');
    if (promised && described && columns.size >= 3) return { separator, columns };
  }
  return null;
}

export function isCommitmentTable(text: string): boolean {
  return tableLayout(text) !== null;
}

function dateOf(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (numeric) {
    const date = new Date(Date.UTC(Number(numeric[3]), Number(numeric[2]) - 1, Number(numeric[1])));
    if (date.getUTCDate() !== Number(numeric[1]) || date.getUTCMonth() !== Number(numeric[2]) - 1)
      return null;
    return date.toISOString().slice(0, 10);
  }
  return parseDutchDate(text);
}

function statusOf(value: string): AgreementStatus | null {
  const key = value.trim().toLowerCase();
  if (!key) return 'open';
  return STATUS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/** Reads a RIS commitment list; null when the text has no such table. */
export function recogniseCommitmentTable(source: string): (Recognised & { lines: LogicalLine[] }) | null {
  const text = source.replace(/^\uFEFF/, '');
  const layout = tableLayout(text);
  if (!layout) return null;
  const out = emptyRecognised();
  out.title = 'Toezeggingenlijst';
  const rows = parseDelimited(text, layout.separator);
  const width = rows[0]!.fields.length;
  const cell = (row: Row, column: Column) => {
    const index = layout.columns.get(column);
    return index === undefined ? '' : (row.fields[index] ?? '').replace(/\s+/g, ' ').trim();
  };
  const lines: LogicalLine[] = rows.map((row) => ({
    text: row.fields.map((f) => f.replace(/\s+/g, ' ').trim()).join(' | '),
    page: 1,
    line: row.line,
    endLine: row.endLine,
    endPage: 1,
  }));
  for (const [index, row] of rows.entries()) {
    if (index === 0) continue;
    const label = cell(row, 'number') || `regel ${row.line}`;
    // Only the last row can be cut off (a page or paste kept up to a length); empty trailing cells may be left out.
    if (
      row.fields.length < width &&
      index === rows.length - 1 &&
      cell(row, 'text') !== '' &&
      !/[.!?]$/.test(cell(row, 'text'))
    ) {
      out.warnings.push(
        `truncated: Toezegging ${label} (regel ${row.line}) heeft ${row.fields.length} van de ${width} kolommen; die is niet overgenomen.`,
      );
      continue;
    }
    const promise = cell(row, 'text');
    if (!promise) {
      out.warnings.push(
        `commitment-without-text: Toezegging ${label} (regel ${row.line}) heeft geen tekst; die is niet overgenomen.`,
      );
      continue;
    }
    const dated = (column: Column, what: string) => {
      const value = cell(row, column);
      const date = dateOf(value);
      if (value && !date)
        out.warnings.push(
          `invalid-date: Toezegging ${label}: de ${what} "${value}" is geen datum; die is leeg gelaten.`,
        );
      return date;
    };
    const statusText = cell(row, 'status') || null;
    let status = statusOf(statusText ?? '');
    if (status === null) {
      out.warnings.push(
        `unknown-status: Toezegging ${label}: de status "${statusText}" is onbekend; de toezegging staat open.`,
      );
      status = 'open';
    }
    const record: CommitmentRecord = {
      text: promise,
      party: cell(row, 'holder') || null,
      due: dated('due', 'streefdatum'),
      number: cell(row, 'number') || null,
      meetingDate: dated('meeting', 'vergaderdatum'),
      portfolioHolder: cell(row, 'holder') || null,
      status,
      statusText,
      fulfilment: cell(row, 'fulfilment') || null,
      fulfilledOn: dated('fulfilledOn', 'datum van afdoening'),
      source: { lines: { from: row.line, to: row.endLine }, pages: { from: 1, to: 1 } },
    };
    out.agreements.push(record);
  }
  return { ...out, lines };
}
