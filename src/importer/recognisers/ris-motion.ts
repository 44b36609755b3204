import { findDutchDates } from '../dutch-dates.js';
import { isListItem, splitListMarker } from '../normalise/line-shapes.js';
import type { AgreementRecord, LogicalLine, MeetingRef, MotionRecord, SignerRecord } from '../types.js';
import { parseResult } from '../vote-results.js';
import { clauseHeading, parseClauses, splitInlineClauses } from './clauses.js';
import { provenance, type RecogniserInput } from './context.js';
import { blankMotion } from './motion-record.js';
import { firstQuoted } from './quotes.js';
import { recordDate, yearBeside } from './ris-dates.js';
import { countRisLabels, field, type RisRecord, readRisRecords, risLabel } from './ris-record.js';
import { isPartyName } from './signatures.js';

/** "M-42", "2019-M0008", "T-12": the number a monitor gives its entry, alone on a line. */
const ENTRY_NUMBER = /^(?:[A-Z]{1,3}[-.]?\d{1,4}|\d{4}-[A-Z]{1,3}\d{1,5})$/u;
const VOTE_WORD = /^(?:aangenomen|verworpen|ingetrokken|aangehouden|afgedaan|vervallen)\b/iu;
const TAKEN_OVER = /^overgenomen\b/iu;
const ROMAN_OR_NUMBER = /^(?:[IVXLC]{1,7}|\d{1,4}[a-z]?)[.)]?\s+(?=motie\b|[“"'‘])/iu;

export type RisOutcome = {
  kind: 'motion' | 'motion-list' | 'accountability-report';
  motions: MotionRecord[];
  agreements: AgreementRecord[];
  meeting: MeetingRef | null;
  warnings: string[];
  title: string | null;
};

/**
 * Is this a record layout? Several field labels (iBabs, Notubiz), or a monitor entry: a number line
 * ("M-42"), a motion title and labelled fields under it.
 */
export function isRisLayout(lines: LogicalLine[]): boolean {
  const labels = countRisLabels(lines);
  const titled = lines.some((line) => {
    const label = risLabel(line.text)?.label;
    return label === 'titel' || label === 'onderwerp' || label === 'toezegging';
  });
  if (labels >= 4 && titled) return true;
  const numbered = lines.slice(0, 3).some((line) => ENTRY_NUMBER.test(line.text));
  const motionTitle = lines.slice(0, 4).some((line) => /^[Mm]otie\s+\p{Lu}/u.test(line.text));
  return numbered && motionTitle && labels >= 2;
}

/** A field's value ends with its list: capitalised lines after the last item are page furniture ("Ophalen gegevens"). */
function listEnd(parts: string[]): string[] {
  let last = -1;
  parts.forEach((part, index) => {
    if (isListItem(part)) last = index;
  });
  if (last < 0) return parts;
  let end = last + 1;
  while (end < parts.length && !/^\p{Lu}/u.test(parts[end]) && !clauseHeading(parts[end])) end++;
  return parts.slice(0, end);
}

function cleanTitle(text: string): { title: string; number: string | null } {
  const first = text.split('\n')[0].trim();
  const number = ROMAN_OR_NUMBER.exec(first)?.[0].trim().replace(/[.)]$/, '') ?? null;
  let title = first.replace(ROMAN_OR_NUMBER, '');
  const quoted = firstQuoted(title);
  if (quoted && /^(?:motie\b.*)?$/iu.test(quoted.before)) title = quoted.inner;
  else title = title.replace(/^motie\s*[:-]?\s*/iu, '');
  return { title: title.trim(), number };
}

/** "Caroline de Mooij (VVD)" → person and party; "CDA" → a party; bullets are layout. */
function readPeople(lines: string[], partiesOnly: boolean): { parties: string[]; signers: SignerRecord[] } {
  const parties: string[] = [];
  const signers: SignerRecord[] = [];
  for (const raw of lines.flatMap((line) => line.split(/\s*;\s*/))) {
    const text = splitListMarker(raw).text.trim();
    if (!text) continue;
    const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
    if (bracket) {
      signers.push({ name: bracket[1].trim(), party: bracket[2].trim() });
      if (!parties.includes(bracket[2].trim())) parties.push(bracket[2].trim());
    } else if (partiesOnly || isPartyName(text)) {
      for (const party of text.split(/\s*,\s*/)) if (party && !parties.includes(party)) parties.push(party);
    } else signers.push({ name: text, party: null });
  }
  return { parties, signers };
}

/** "Raadsvergadering 09-07-2019 > 4.a Raadsvoorstel …", "Gemeenteraad 2022 (20. Initiatiefvoorstel …) donderdag 24 november". */
function readAgendaField(value: string, documentText: string) {
  const year = yearBeside(value);
  const dates = findDutchDates(value, { reference: year ? `${year}-01-01` : null });
  const fixed = recordDate(value, documentText);
  const date = dates[0]?.date ?? fixed.date;
  const council = /\b(?:gemeente)?raad(?:svergadering)?\b/i.test(value);
  const item = /(?:>\s*|\(\s*)(\d{1,3}(?:\.[a-z0-9]+)?)[.)]?\s+([^()>]+(?:\([^()]*\))?[^()>]*)/iu.exec(value);
  return {
    meeting:
      date || council
        ? ({ kind: council ? 'raadsvergadering' : null, date: date ?? null } as MeetingRef)
        : null,
    agendaItem: item ? { number: item[1], title: item[2].replace(/\)\s*$/, '').trim() } : null,
  };
}

function statusOf(value: string | undefined): {
  result: MotionRecord['result'];
  preAdvice: string | null;
  sentence: string | null;
} {
  const text = (value ?? '').trim();
  if (!text) return { result: null, preAdvice: null, sentence: null };
  if (TAKEN_OVER.test(text)) return { result: null, preAdvice: 'overnemen', sentence: null };
  if (VOTE_WORD.test(text) && text.split(/\s+/).length <= 6) {
    const parsed = parseResult(text);
    return { result: parsed?.result ?? null, preAdvice: null, sentence: null };
  }
  // "De RIB (19R.00893) is in december aan de raad aangeboden.": how the motion was carried out.
  return { result: null, preAdvice: null, sentence: text.split(/\s+/).length > 3 ? text : null };
}

function recordToMotion(record: RisRecord, input: RecogniserInput, documentText: string, warnings: string[]) {
  const { lines } = input;
  const titleField = field(record, 'titel', 'onderwerp');
  const headingTitle = record.heading.find((text) => /^[Mm]otie\s+\p{Lu}/u.test(text));
  const headingNumber = record.heading.find((text) => ENTRY_NUMBER.test(text));
  const { title, number } = cleanTitle(titleField?.value ?? headingTitle ?? '');
  const motion = blankMotion(title, provenance(lines, record.start, record.end - 1));
  motion.number =
    field(record, 'id', 'nummer', 'motienummer')?.value.split('\n')[0] ?? number ?? headingNumber ?? null;
  const who = field(
    record,
    'indieners',
    'indiener',
    'raadsleden',
    'raadslid',
    'fracties',
    'fractie',
    'partij',
  );
  const people = readPeople(who?.lines ?? [], /^(?:fracties?|partij)$/.test(who?.label ?? ''));
  motion.submitters = people.parties.length > 0 ? people.parties : people.signers.map((s) => s.name);
  motion.signatories = people.signers.map((signer) => signer.name);
  if (people.signers.length > 0) motion.signers = people.signers;
  const agenda = field(record, 'agendapunt', 'vergadering');
  if (agenda) {
    const read = readAgendaField(agenda.value, documentText);
    motion.meeting = read.meeting;
    motion.agendaItem = read.agendaItem?.number ?? null;
    motion.agendaItemTitle = read.agendaItem?.title ?? null;
  }
  const dateField = field(record, 'vergaderdatum', 'datum vergadering', 'datum');
  if (dateField) {
    const read = recordDate(dateField.value, documentText);
    if (read.ambiguous)
      warnings.push(
        `no-date: De datum "${dateField.value}" van motie "${title}" kan dag-maand of maand-dag zijn; niet overgenomen.`,
      );
    if (read.date && !motion.meeting?.date)
      motion.meeting = { kind: motion.meeting?.kind ?? null, date: read.date };
  }
  const status = statusOf(field(record, 'status')?.value);
  const tally = field(record, 'stemverhouding', 'stemming', 'uitslag', 'besluit')?.value;
  motion.result = status.result ?? (tally ? (parseResult(tally)?.result ?? null) : null);
  motion.preAdvice =
    status.preAdvice ?? field(record, 'advies', 'preadvies', 'collegeadvies')?.value.toLowerCase() ?? null;
  if (motion.result === 'aangenomen') motion.adoptedAt = motion.meeting ?? null;
  motion.portfolioHolder =
    field(record, 'portefeuillehouder', 'toegezegd door')?.value.split('\n')[0] ?? null;
  const due = field(
    record,
    'einddatum',
    'streefdatum',
    'vervaldatum',
    'uiterste datum',
    'deadline',
    'termijn',
  );
  motion.due = due ? recordDate(due.value, documentText).date : null;
  const settled = field(record, 'datum afdoening');
  motion.settledOn = settled ? recordDate(settled.value, documentText).date : null;
  const progress = field(record, 'stand van zaken')?.value ?? null;
  motion.accountability = [status.sentence, progress].filter(Boolean).join('\n') || null;
  // The dictum: inline in "Toelichting" (iBabs), or under "Toezegging" (monitors that file the dictum there).
  const textField = field(record, 'toezegging', 'toelichting');
  if (textField) {
    const parts = listEnd(textField.lines.flatMap((line) => splitInlineClauses(line)));
    const first = parts.findIndex((part) => clauseHeading(part) !== null);
    if (first >= 0) {
      const pseudo: LogicalLine[] = parts.map((text, i) => ({
        ...lines[textField.index],
        text,
        line: lines[textField.index].line + i,
      }));
      const clauses = parseClauses(pseudo, first, pseudo.length, input.vocabulary);
      motion.preamble = clauses.preamble;
      motion.operative = clauses.operative;
      motion.closing = clauses.closing;
      const before = parts.slice(0, first).join(' ').trim();
      if (before) motion.explanation = before;
    } else if (textField.label === 'toelichting') motion.explanation = textField.value;
  }
  const monitor =
    status.result === null && status.preAdvice === null && (status.sentence !== null || progress !== null);
  return { motion, monitor };
}

function recordToAgreement(record: RisRecord, input: RecogniserInput, documentText: string): AgreementRecord {
  const text = field(record, 'toezegging', 'titel', 'onderwerp')?.value ?? '';
  const due = field(
    record,
    'einddatum',
    'streefdatum',
    'vervaldatum',
    'uiterste datum',
    'deadline',
    'termijn',
  );
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    party:
      field(record, 'portefeuillehouder', 'toegezegd door', 'fractie', 'partij')?.value.split('\n')[0] ??
      null,
    due: due ? recordDate(due.value, documentText).date : null,
    source: provenance(input.lines, record.start, record.end - 1),
  };
}

/** A commitment, not a motion: typed so, or filed under "Toezegging" with no dictum in it. */
function isCommitment(record: RisRecord, pageHeading: string): boolean {
  const type = field(record, 'type', 'soort')?.value ?? '';
  if (/toezegging/i.test(type)) return true;
  if (/\bmotie/i.test(type)) return false;
  const promise = field(record, 'toezegging');
  const title = field(record, 'titel', 'onderwerp')?.value ?? '';
  if (promise && !splitInlineClauses(promise.value).some((part) => clauseHeading(part)))
    return !/^motie\b/i.test(title);
  return /^toezeggingen?\b/i.test(pageHeading) && !/^motie\b/i.test(title);
}

/**
 * Records of council information systems: one record is a motion (with its vote or the college taking
 * it over) or a monitor entry (a status sentence or a state of affairs, no vote); several records are a
 * RIS list of motions; commitments (toezeggingen) become agreements with their party and due date.
 */
export function recogniseRisRecords(input: RecogniserInput): RisOutcome {
  const records = readRisRecords(input.lines);
  const documentText = input.lines.map((line) => line.text).join('\n');
  const pageHeading = records[0]?.heading.find((text) => text.length > 2 && !/^«/.test(text)) ?? '';
  const out: RisOutcome = {
    kind: 'motion',
    motions: [],
    agreements: [],
    meeting: null,
    warnings: [],
    title: pageHeading || null,
  };
  let monitors = 0;
  for (const record of records) {
    if (isCommitment(record, pageHeading)) {
      out.agreements.push(recordToAgreement(record, input, documentText));
      continue;
    }
    const { motion, monitor } = recordToMotion(record, input, documentText, out.warnings);
    if (!motion.title) {
      out.warnings.push('no-title: Een record zonder titel is overgeslagen.');
      continue;
    }
    if (monitor) monitors++;
    out.motions.push(motion);
  }
  if (out.motions.length > 1 || out.agreements.length > 1) out.kind = 'motion-list';
  else if (monitors > 0) out.kind = 'accountability-report';
  out.meeting = out.motions.length === 1 ? (out.motions[0].meeting ?? null) : null;
  if (out.motions.length === 1) out.title = out.motions[0].title;
  return out;
}
