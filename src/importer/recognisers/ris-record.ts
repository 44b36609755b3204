import type { LogicalLine } from '../types.js';

/**
 * Records of council information systems (iBabs "LijstDetails", Notubiz "Reports/Item", motion monitors
 * and long-term agendas): a fixed vocabulary of field labels, one label per line with the value on the
 * next lines, or flattened to the label glued to its value ("StatusOvergenomen", "Datum7/9/2019").
 */
const LABELS = [
  'ID',
  'Nummer',
  'Motienummer',
  'Datum',
  'Vergaderdatum',
  'Datum vergadering',
  'Agendapunt',
  'Vergadering',
  'Titel',
  'Onderwerp',
  'Status',
  'Raadsleden',
  'Raadslid',
  'Indieners',
  'Indiener',
  'Fracties',
  'Fractie',
  'Partij',
  'Portefeuillehouder',
  'Toegezegd door',
  'Toelichting',
  'Einddatum',
  'Streefdatum',
  'Vervaldatum',
  'Uiterste datum',
  'Deadline',
  'Termijn',
  'Stand van zaken',
  'Datum afdoening',
  'Afdoening',
  'Gereed voor afdoening',
  'Bijlage(s)',
  'Bijlagen',
  'Stemverhouding',
  'Stemming',
  'Uitslag',
  'Besluit',
  'Planning',
  'Afdeling',
  'Toezegging',
  'Advies',
  'Preadvies',
  'Collegeadvies',
  'Type',
  'Soort',
].sort((a, b) => b.length - a.length);

const labelPattern = (label: string) => label.replace(/[()]/g, '\\$&').replace(/\s+/g, '\\s+');
/** A label alone, with a colon or space and its value, or glued to a value that starts with a capital or digit. */
const LABEL_LINE = new RegExp(
  `^(${LABELS.map(labelPattern).join('|')})(?:\\s*:\\s*|\\s+|(?=[\\p{Lu}\\d“"'‘(])|$)(.*)$`,
  'u',
);
/** Glued to a lower-case value ("Portefeuillehouderwethouder T. Jongman-Smit"): only the long labels. */
const GLUED_LOWER = new RegExp(
  `^(${LABELS.filter((l) => l.length >= 8)
    .map(labelPattern)
    .join('|')})(\\p{Ll}.*)$`,
  'u',
);

export type RisField = { label: string; value: string; lines: string[]; index: number };
export type RisRecord = { fields: RisField[]; start: number; end: number; heading: string[] };

function canonical(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ');
}

/** The field a line opens, or null. `strict` only accepts labels alone, with a colon, or glued. */
export function risLabel(text: string): { label: string; value: string } | null {
  const match = LABEL_LINE.exec(text);
  if (match) {
    const value = match[2].trim();
    // "Status van de motie is …", "Datum en tijd": a sentence that starts with a short label word is no
    // field; the long labels ("Portefeuillehouder wethouder …") do not open sentences.
    const colon = /:/.test(text.slice(0, match[1].length + 2));
    if (/^\p{Ll}/u.test(value) && !colon && match[1].length < 8) return null;
    return { label: canonical(match[1]), value };
  }
  const lower = GLUED_LOWER.exec(text);
  // "Toezeggingen", "Indieners": a label word with its own ending is a heading, not a glued field.
  if (!lower || lower[2].length < 4 || /^(?:en|e|n|s|er)\b/u.test(lower[2])) return null;
  return { label: canonical(lower[1]), value: lower[2].trim() };
}

/** How many distinct field labels the lines carry; a record has several, prose has none or one. */
export function countRisLabels(lines: LogicalLine[]): number {
  return new Set(lines.map((line) => risLabel(line.text)?.label).filter(Boolean)).size;
}

/**
 * Split the lines into records: fields in order, each with its value lines. A label that repeats
 * (the first label of the record: "ID", "Titel") starts the next record. Lines before the first
 * label are the record's heading ("M-42", "Motie Beperking vuurwerkoverlast").
 */
export function readRisRecords(lines: LogicalLine[]): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | null = null;
  let heading: string[] = [];
  let firstLabel: string | null = null;
  lines.forEach((line, index) => {
    const field = risLabel(line.text);
    if (field) {
      firstLabel ??= field.label;
      if (!current || (field.label === firstLabel && current.fields.some((f) => f.label === field.label))) {
        current = { fields: [], start: index, end: index + 1, heading };
        heading = [];
        records.push(current);
      }
      current.fields.push({
        label: field.label,
        value: field.value,
        lines: field.value ? [field.value] : [],
        index,
      });
      current.end = index + 1;
      return;
    }
    if (!current) {
      heading.push(line.text);
      return;
    }
    const last = current.fields[current.fields.length - 1];
    last.lines.push(line.text);
    last.value = last.value ? `${last.value}\n${line.text}` : line.text;
    current.end = index + 1;
  });
  return records;
}

export function field(record: RisRecord, ...labels: string[]): RisField | null {
  for (const label of labels) {
    const found = record.fields.find((f) => f.label === label && f.value.trim() !== '');
    if (found) return found;
  }
  return null;
}
