import type { ClauseKind } from '../../domain/types.js';
import { joinText, type Vocabulary } from '../normalise/dehyphenate.js';
import { isListItem, splitListMarker } from '../normalise/line-shapes.js';
import type { ClauseRecord, LogicalLine } from '../types.js';

const HEADINGS: [ClauseKind, RegExp][] = [
  ['noting', /^constat\p{L}*(?:\s*,)?(?:\s+dat\b)?\s*:?/iu],
  [
    'considering',
    /^(?:overwegende|in\s+overweging\s+nemende|van\s+mening\s+zijnde)(?:\s*,)?(?:\s+dat\b)?\s*:?/iu,
  ],
  ['declares', /^(?:spreekt|spreken)\s+(?:\p{L}+\s+)?uit\b|^besluit\b/iu],
  ['requests', /^verzoekt\b/iu],
  ['calls-on', /^roept\b/iu],
  ['instructs', /^draagt\b/iu],
];
/** "Gemeenten verzoeken de VNG zich in te zetten om …:" — an operative lead-in in running text. */
const LEAD_IN: [ClauseKind, RegExp][] = [
  ['requests', /\bverzoek(?:t|en)\b/i],
  ['calls-on', /\broep(?:t|en)\b.*\bop\b/i],
  ['instructs', /\bdraag(?:t|en)\b.*\bop\b/i],
  ['declares', /\bspre(?:ekt|ken)\b.*\buit\b/i],
];
const STOP =
  /^(?:toelichting\b|en\s+gaat\s+over\s+tot|dit\s+is\s+een\s+concept|ondertekening|ondertekend|namens\b|indiener|ingediend|handtekening)/i;

export const PREAMBLE_KINDS: ReadonlySet<ClauseKind> = new Set(['noting', 'considering']);

export type ClauseHeading = { kind: ClauseKind; heading: string; inline: string | null };

/** Is this line the start of a clause section ("Overwegende dat:", "Roept het bestuur op:")? */
export function clauseHeading(text: string): ClauseHeading | null {
  for (const [kind, pattern] of HEADINGS) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (PREAMBLE_KINDS.has(kind)) {
      const rest = text.slice(match[0].length).trim();
      return { kind, heading: match[0].trim().replace(/:$/, ''), inline: rest || null };
    }
    const pure = text.endsWith(':') || text.length <= 60;
    return { kind, heading: text.replace(/:$/, ''), inline: pure ? null : text };
  }
  if (text.endsWith(':') && text.length <= 200 && !isListItem(text)) {
    for (const [kind, pattern] of LEAD_IN)
      if (pattern.test(text)) return { kind, heading: text, inline: null };
  }
  return null;
}

export function isClauseStop(text: string): boolean {
  return STOP.test(text);
}

type Draft = { kind: ClauseKind; number: string | null; parts: string[]; heading?: string; topClass: string };

function markerClass(text: string): string {
  const { number, marker } = splitListMarker(text);
  if (number !== null) return /\d/.test(number) ? 'number' : 'letter';
  return `bullet:${marker}`;
}

function nextNumbered(
  lines: LogicalLine[],
  from: number,
  end: number,
  topClass: string | null,
): number | null {
  for (let i = from; i < end && i < from + 3; i++) {
    if (isListItem(lines[i].text))
      return topClass === null || markerClass(lines[i].text) === topClass ? i : null;
    if (lines[i].text.length > 90 || clauseHeading(lines[i].text) || isClauseStop(lines[i].text)) return null;
  }
  return null;
}

export type ParsedClauses = { preamble: ClauseRecord[]; operative: ClauseRecord[]; end: number };

/**
 * Clauses from the first clause heading on: list items (numbered or bulleted) or paragraphs.
 * Nested items of another marker kind stay inside their clause; a short line between two
 * clauses is the next clause's heading; a paragraph after a closed clause ends the clauses.
 */
export function parseClauses(
  lines: LogicalLine[],
  start: number,
  end: number,
  vocabulary: Vocabulary,
): ParsedClauses {
  const drafts: Draft[] = [];
  let kind: ClauseKind | null = null;
  let topClass: string | null = null;
  let pendingHeading: string | undefined;
  let i = start;
  for (; i < end; i++) {
    const text = lines[i].text;
    const heading = clauseHeading(text);
    if (heading) {
      kind = heading.kind;
      topClass = null;
      if (heading.inline) drafts.push({ kind, number: null, parts: [heading.inline], topClass: 'inline' });
      continue;
    }
    if (kind === null) continue;
    if (isClauseStop(text)) break;
    const current = drafts[drafts.length - 1];
    const open = current && current.kind === kind && !/[.;!?]["”’)]?$/u.test(current.parts.join(' '));
    if (isListItem(text)) {
      const cls = markerClass(text);
      topClass ??= cls;
      const { number, text: body } = splitListMarker(text);
      if (cls === topClass || !current || current.kind !== kind) {
        drafts.push({ kind, number, parts: [body], heading: pendingHeading, topClass: cls });
        pendingHeading = undefined;
      } else current.parts.push(text);
      continue;
    }
    if (open) {
      current.parts.push(text);
      continue;
    }
    if (text.length <= 90 && nextNumbered(lines, i + 1, end, topClass) !== null) {
      pendingHeading = text.replace(/[.:]$/, '');
      continue;
    }
    if (topClass === null && (!current || current.kind !== kind || current.topClass === 'paragraph')) {
      drafts.push({ kind, number: null, parts: [text], topClass: 'paragraph' });
      continue;
    }
    if (current && current.kind === kind && text.length > 90 && topClass !== null) {
      current.parts.push(text);
      continue;
    }
    break;
  }
  const records = drafts.map((draft): ClauseRecord => {
    const record: ClauseRecord = {
      kind: draft.kind,
      text: joinText(draft.parts, vocabulary).replace(/[;,]\s*$/, ''),
      number: draft.number,
    };
    if (draft.heading) record.heading = draft.heading;
    return record;
  });
  return {
    preamble: records.filter((record) => PREAMBLE_KINDS.has(record.kind)),
    operative: records.filter((record) => !PREAMBLE_KINDS.has(record.kind)),
    end: i,
  };
}
