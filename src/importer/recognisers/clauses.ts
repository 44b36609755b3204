import type { ClauseKind } from '../../domain/types.js';
import { joinText, type Vocabulary } from '../normalise/dehyphenate.js';
import { isListItem, splitListMarker } from '../normalise/line-shapes.js';
import type { ClauseRecord, LogicalLine } from '../types.js';

/**
 * Clause keywords of motions and resolutions in every style the archive holds: association and council
 * motions ("Constaterende dat:", "Verzoekt het college:"), parliamentary run-on clauses ("van mening dat …,",
 * "spreken uit …,", "roepen GS op …,"), split verbs ("Keuren … af,"), members' meetings ("Verzoeken wij het
 * bestuur …").
 */
const HEADINGS: [ClauseKind, RegExp][] = [
  ['noting', /^constat\p{L}*(?:\s*,)?(?:\s+dat\b)?\s*:?/iu],
  [
    'considering',
    /^(?:(?:voorts\s+)?overwegende|in\s+overweging\s+nemende|van\s+mening(?:\s+zijnde)?|van\s+oordeel)(?:\s*,)?(?:\s+dat\b)?\s*:?/iu,
  ],
  [
    'declares',
    /^(?:spreekt|spreken)\b(?:\s+[\p{L}’'-]+){0,3}?\s+uit\b|^besluit\b|^(?:keurt|keuren)\b[^.;:]*\baf\b|^betreur(?:t|en)\b/iu,
  ],
  ['requests', /^verzoek(?:t|en)\b/iu],
  ['calls-on', /^(?:roept|roepen)\b/iu],
  ['instructs', /^(?:draagt|dragen)\b/iu],
];
/** "Gemeenten verzoeken de VNG zich in te zetten om …:" — an operative lead-in in running text. */
const LEAD_IN: [ClauseKind, RegExp][] = [
  ['requests', /\bverzoek(?:t|en)\b/i],
  ['calls-on', /\broep(?:t|en)\b.*\bop\b/i],
  ['instructs', /\bdraag(?:t|en)\b.*\bop\b/i],
  ['declares', /\bspre(?:ekt|ken)\b.*\buit\b/i],
];
/** "en gaat over tot de orde van de dag" (also "Gaat over …", plural "gaan", any closing punctuation). */
export const CLOSING =
  /^(?:en\s+)?(?:gaat|gaan)\s+over\s+(?:tot|naar)\s+de\s+orde\s+van\s+de\s+dag\b[\s.,;!]*/iu;
/** The closing formula written at the end of the last clause: it is split off, never part of that clause. */
const GLUED_CLOSING =
  /[\s,;]+en\s+(?:gaat|gaan)\s+over\s+(?:tot|naar)\s+de\s+orde\s+van\s+de\s+dag\b[\s.,;!]*$/iu;
/** "Gehoord de beraadslaging(en)", "gelet op artikel 32 …": procedure, not a clause. */
export const PROCEDURAL =
  /^(?:gehoord|gelet\s+op|de\s+beraadslaging(?:en)?\s+gehoord|kennis\s+genomen\s+hebbende)\b/iu;
/** Lines after the clauses: explanation, signatures, outcome blocks, web-page furniture. */
const STOP = new RegExp(
  [
    '^(?:toelichting\\b|dit\\s+is\\s+een\\s+concept|ondertekening|ondertekend|ondertekenaars?\\b|onderteken\\s+deze',
    'namens\\b|indiener|ingediend|mede-?\\s?indiener|handtekening|status$|stemming\\b|uitslag\\b|voor:?$|tegen:?$)',
    '^(?:het|de)\\s+(?:lid|leden)\\s+(?:van\\s+)?(?:de\\s+)?(?:gemeenteraad|raad|provinciale\\s+staten|staten|kamer)\\b',
  ].join('|'),
  'iu',
);

export const PREAMBLE_KINDS: ReadonlySet<ClauseKind> = new Set(['noting', 'considering']);

export type ClauseHeading = { kind: ClauseKind; heading: string; inline: string | null };

/** A heading that is only the verb and its addressee ("Verzoekt het college", "Roept de VNG op"). */
function isBareOperative(text: string): boolean {
  const clause = /\b(?:te|om)\s+\p{L}+|\baf[:,.]?$/iu.test(text);
  if (text.endsWith(':')) return !clause;
  return text.length <= 60 && !/[,.;]$/.test(text) && !clause;
}

/** Is this line the start of a clause section ("Overwegende dat:", "Roept het bestuur op:")? */
export function clauseHeading(text: string): ClauseHeading | null {
  for (const [kind, pattern] of HEADINGS) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (PREAMBLE_KINDS.has(kind)) {
      const rest = text.slice(match[0].length).trim();
      return { kind, heading: match[0].trim().replace(/:$/, ''), inline: rest || null };
    }
    return { kind, heading: text.replace(/:$/, ''), inline: isBareOperative(text) ? null : text };
  }
  if (text.endsWith(':') && text.length <= 200 && !isListItem(text)) {
    for (const [kind, pattern] of LEAD_IN)
      if (pattern.test(text)) return { kind, heading: text, inline: null };
  }
  return null;
}

export function isClauseStop(text: string): boolean {
  return STOP.test(text) || CLOSING.test(text);
}

/**
 * A record field that holds a whole motion in one paragraph (iBabs "Toelichting…Overwegende dat: …
 * Verzoekt het College: …"): split before each clause keyword that follows a sentence end or a colon.
 */
export function splitInlineClauses(text: string): string[] {
  const keyword =
    /(?<=^|[.!?;:]\s+)(?=(?:constaterende|overwegende|van\s+mening|verzoek(?:t|en)|roep(?:t|en)|draag(?:t|en)|spre(?:ekt|ken))\b[^.]{0,80}?:)/giu;
  return text
    .split(keyword)
    .map((part) => part.trim())
    .filter(Boolean);
}

type Draft = {
  kind: ClauseKind;
  number: string | null;
  parts: string[];
  items: string[];
  heading?: string;
  topClass: string;
};

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

/** "• - honderd procent …": a second marker after the first is layout, not text; "-" alone is a placeholder. */
function itemBody(text: string): string {
  return splitListMarker(text)
    .text.replace(/^[-–—•·▪◦*●](?:\s+|$)/u, '')
    .trim();
}

export type ParsedClauses = {
  preamble: ClauseRecord[];
  operative: ClauseRecord[];
  end: number;
  /** "en gaat over tot de orde van de dag", as written, when the clauses end with it. */
  closing: string | null;
  /** Procedural lines between the clauses ("Gehoord de beraadslagingen, gelet op …"). */
  procedure: string[];
};

const isClosed = (draft: Draft) => /[.;!?]["”’)]?$/u.test(draft.parts.join(' '));

/**
 * Clauses from the first clause heading on: list items (numbered or bulleted) or paragraphs.
 * Nested items of another marker kind are the clause's sub-items; a short line between two
 * clauses is the next clause's heading; a paragraph after a closed clause ends the clauses.
 * Placeholder items ("-") give no clause; procedural lines are kept apart; the closing formula ends
 * the clauses and is never part of the last one.
 */
export function parseClauses(
  lines: LogicalLine[],
  start: number,
  end: number,
  vocabulary: Vocabulary,
): ParsedClauses {
  const drafts: Draft[] = [];
  const procedure: string[] = [];
  let closing: string | null = null;
  let kind: ClauseKind | null = null;
  let topClass: string | null = null;
  let pendingHeading: string | undefined;
  let i = start;
  const take = (text: string): 'next' | 'stop' => {
    const heading = clauseHeading(text);
    if (heading) {
      kind = heading.kind;
      topClass = null;
      // "Verzoekt het bestuur zich in te zetten voor:" above a list leads the list in.
      if (heading.inline?.endsWith(':') && i + 1 < end && isListItem(lines[i + 1].text)) return 'next';
      if (heading.inline)
        drafts.push({ kind, number: null, parts: [heading.inline], items: [], topClass: 'inline' });
      return 'next';
    }
    if (kind === null) return 'next';
    if (PROCEDURAL.test(text)) {
      procedure.push(text);
      return 'next';
    }
    if (isClauseStop(text)) return 'stop';
    const current = drafts[drafts.length - 1];
    const open = current && current.kind === kind && !isClosed(current);
    if (isListItem(text)) {
      const cls = markerClass(text);
      const body = itemBody(text);
      if (!body) return 'next';
      topClass ??= cls;
      const { number } = splitListMarker(text);
      if (cls === topClass || !current || current.kind !== kind) {
        drafts.push({ kind, number, parts: [body], items: [], heading: pendingHeading, topClass: cls });
        pendingHeading = undefined;
      } else current.items.push(body);
      return 'next';
    }
    if (open && current.items.length === 0) {
      current.parts.push(text);
      return 'next';
    }
    if (text.length <= 90 && nextNumbered(lines, i + 1, end, topClass) !== null) {
      pendingHeading = text.replace(/[.:]$/, '');
      return 'next';
    }
    const paragraphs = current?.topClass === 'paragraph' || current?.topClass === 'inline';
    if (topClass === null && (!current || current.kind !== kind || paragraphs)) {
      drafts.push({ kind, number: null, parts: [text], items: [], topClass: 'paragraph' });
      return 'next';
    }
    if (current && current.kind === kind && text.length > 90 && topClass !== null) {
      if (current.items.length > 0) current.items[current.items.length - 1] += ` ${text}`;
      else current.parts.push(text);
      return 'next';
    }
    return 'stop';
  };
  for (; i < end; i++) {
    const text = lines[i].text;
    if (CLOSING.test(text)) {
      closing = text;
      i++;
      break;
    }
    // "…, en gaat over tot de orde van de dag." written on the clause's own line ends the clauses there.
    const glued = GLUED_CLOSING.exec(text);
    if (glued && glued.index > 0) {
      if (take(text.slice(0, glued.index)) === 'stop') break;
      closing = glued[0].replace(/^[\s,;]+/, '');
      i++;
      break;
    }
    if (take(text) === 'stop') break;
  }
  const records = drafts.map((draft): ClauseRecord => {
    const text = joinText(draft.parts, vocabulary);
    const record: ClauseRecord = {
      kind: draft.kind,
      text: text.replace(/[;,]\s*$/, ''),
      number: draft.number,
    };
    if (draft.heading) record.heading = draft.heading;
    if (draft.items.length > 0) record.items = draft.items.map((item) => item.replace(/[;,]\s*$/, ''));
    return record;
  });
  return {
    preamble: records.filter((record) => PREAMBLE_KINDS.has(record.kind)),
    operative: records.filter((record) => !PREAMBLE_KINDS.has(record.kind)),
    end: i,
    closing: closing?.trim().replace(/[\s.,;!]+$/, '') ?? null,
    procedure,
  };
}
