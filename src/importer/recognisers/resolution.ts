import { parseMeetingRef } from '../meetings.js';
import type { LogicalLine, MeetingRef, Recognised, ResolutionRecord } from '../types.js';
import { emptyRecognised } from '../types.js';
import { parseVoteOutcome } from '../vote-results.js';
import { clauseHeading, parseClauses } from './clauses.js';
import { paragraphs, provenance, type RecogniserInput } from './context.js';
import { readDocumentHeader } from './document-header.js';
import { parseResolutionHeading, type ResolutionHeading } from './resolution-heading.js';

const TOELICHTING = /^toelichting\b/i;
const RESULT_LINE =
  /^(?:uitslag|besluit(?:vorming)?|resultaat|stem(?:uitslag|ming))\b[^:]*:|^(?:aangenomen|verworpen|ingetrokken|akkoord\s+bij\s+acclamatie)\b/i;

function headingAt(lines: LogicalLine[], index: number): ResolutionHeading | null {
  return parseResolutionHeading(lines[index].text, lines[index + 1]?.text);
}

function findHeading(lines: LogicalLine[], from: number, to: number): number | null {
  for (let i = to - 1; i >= from; i--) if (headingAt(lines, i)) return i;
  return null;
}

function explanationOf(lines: LogicalLine[], from: number, stops: number[]): string | null {
  const start = lines.findIndex((line, index) => index >= from && TOELICHTING.test(line.text));
  if (start < 0) return null;
  const end = stops.find((stop) => stop > start) ?? lines.length;
  return paragraphs(lines, start + 1, end) || null;
}

function resultOf(
  lines: LogicalLine[],
  from: number,
  to: number,
): ReturnType<typeof parseVoteOutcome> | null {
  for (let i = from; i < to; i++) if (RESULT_LINE.test(lines[i].text)) return parseVoteOutcome(lines[i].text);
  return null;
}

/**
 * Resolutions: a heading ("Geactualiseerde resolutie “…”"), the meeting ("De leden bijeen in de
 * Najaars ALV van 29 november 2024"), preamble and operative clauses, and the explanation
 * (Toelichting). A resolution quoted inside the explanation is part of the explanation.
 */
export function recogniseResolution(input: RecogniserInput): Recognised {
  const { lines, vocabulary } = input;
  const header = readDocumentHeader(lines, input.dates);
  const dates = { reference: input.dates.reference ?? header.date ?? header.meeting?.date ?? null };
  const out = emptyRecognised();
  const headings: number[] = [];
  let position = 0;
  while (position < lines.length) {
    const first = lines.findIndex((line, index) => index >= position && clauseHeading(line.text) !== null);
    if (first < 0) break;
    const headingIndex = findHeading(lines, position, first);
    if (headingIndex === null && out.resolutions.length > 0) break;
    const heading = headingIndex === null ? null : headingAt(lines, headingIndex);
    const introStart = headingIndex === null ? 0 : headingIndex + 1;
    let meeting: MeetingRef | null = null;
    const introduction: string[] = [];
    for (let i = introStart; i < first; i++) {
      const ref: MeetingRef | null = meeting ? null : parseMeetingRef(lines[i].text, dates);
      if (ref && /bijeen|vergader|ALV/i.test(lines[i].text)) meeting = ref;
      else if (lines[i].text !== heading?.title) introduction.push(lines[i].text);
    }
    const clauses = parseClauses(lines, first, lines.length, vocabulary);
    const outcome = resultOf(lines, clauses.end, Math.min(lines.length, clauses.end + 6));
    const record: ResolutionRecord = {
      title: heading?.title ?? lines[0].text,
      version: heading?.version ?? null,
      preamble: clauses.preamble,
      operative: clauses.operative,
      result: outcome?.result ?? null,
      percentage: outcome?.percentage ?? null,
      ...(outcome?.byAcclamation ? { byAcclamation: true } : {}),
      meeting: meeting ?? header.meeting,
      introduction: introduction.join('\n') || null,
      source: provenance(lines, headingIndex ?? first, clauses.end - 1),
    };
    if (headingIndex !== null) headings.push(headingIndex);
    out.resolutions.push(record);
    position = Math.max(clauses.end, first + 1);
    const nextToelichting = lines.findIndex(
      (line, index) => index >= position && TOELICHTING.test(line.text),
    );
    const nextHeading = findHeading(lines, position, lines.length);
    if (nextToelichting >= 0 && (nextHeading === null || nextToelichting < nextHeading)) break;
  }
  const isConcept = lines.some((line) => /\bdit\s+is\s+een\s+concept/i.test(line.text));
  for (const record of out.resolutions) {
    if (!record.version && isConcept) record.version = 'concept';
    record.explanation = explanationOf(lines, 0, [...headings, lines.length]);
  }
  const main = out.resolutions[0];
  out.meeting = main?.meeting ?? header.meeting;
  out.title = main && headings[0] === 0 ? main.title : (header.title ?? main?.title ?? null);
  out.date = header.date ?? out.meeting?.date ?? null;
  out.extra = { agendaItem: header.agendaItem };
  if (out.resolutions.length === 0)
    out.warnings.push('no-clauses: Geen overwegingen of besluitpunten gevonden.');
  return out;
}
