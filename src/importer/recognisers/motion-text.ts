import { splitSubmitters } from '../submitters.js';
import type { MotionRecord } from '../types.js';
import { parseVoteOutcome } from '../vote-results.js';
import { clauseHeading, PROCEDURAL, parseClauses } from './clauses.js';
import { provenance, type RecogniserInput } from './context.js';
import { type MotionOpening, parseMotionOpening } from './motion-opening.js';
import { blankMotion } from './motion-record.js';
import { type MotionHeading, readMotionHeading } from './motion-text-heading.js';
import { CO_SUBMITTERS_LABEL, readSignatureBlock } from './signatures.js';
import { endsAbruptly } from './truncation.js';

const SUBMITTERS_LABEL = /^(?:indieners?|ingediend\s+door)\s*:?\s*/i;
const RENUMBERED = /\bkrijgt\s+nr\.\s*(\d+)/i;
const EXPLANATION_ABOVE = /^(?:toelichting|motivatie|achtergrond|inleiding)\s*:?$/i;

/** The document stops inside a sentence: an abrupt end, or a long line of prose without closing punctuation. */
export function endsInsideText(text: string): boolean {
  return endsAbruptly(text) || (text.length > 60 && !/[.!?:;)"”’]$/u.test(text.trim()));
}

export type MotionText = {
  record: MotionRecord;
  heading: MotionHeading;
  opening: MotionOpening | null;
  /** The text stops inside this motion (mid-sentence at the end of the document). */
  truncated: boolean;
  warnings: string[];
};

/** The first clause heading in [from, to), skipping quoted dicta inside speeches. */
export function firstClauseIndex(input: RecogniserInput, from: number, to: number): number {
  for (let i = from; i < to; i++) if (clauseHeading(input.lines[i].text)) return i;
  return -1;
}

/**
 * One motion's text between `from` and `to`: heading zone, the body it addresses (meeting, place),
 * procedure, clauses, closing formula, signatures with parties, co-submitters, explanation and outcome.
 * Submitters come from an "Indieners" line, the heading, the news intro, else the signatories' parties.
 */
export function readMotionText(input: RecogniserInput, from: number, to: number): MotionText {
  const { lines } = input;
  const warnings: string[] = [];
  const firstClause = firstClauseIndex(input, from, to);
  const clauseStart = firstClause < 0 ? to : firstClause;
  let openingIndex = -1;
  let opening: MotionOpening | null = null;
  for (let i = from; i < clauseStart; i++) {
    opening = parseMotionOpening(lines[i].text, input.dates);
    if (opening) {
      openingIndex = i;
      break;
    }
  }
  const headingEnd = openingIndex >= 0 ? openingIndex : clauseStart;
  let headingTexts = lines.slice(from, headingEnd).map((line) => line.text);
  // "Motivatie" / "Toelichting" above the clauses: the explanation, kept as text.
  const motivation = headingTexts.findIndex((text) => EXPLANATION_ABOVE.test(text));
  const explanationAbove = motivation >= 0 ? headingTexts.slice(motivation + 1).join('\n') : null;
  if (motivation >= 0) headingTexts = headingTexts.slice(0, motivation);
  // "Mede-indieners: gemeenten Deventer en Kampen" above the body: co-submitters, read like those below it.
  const coIndex = headingTexts.findIndex((text) => CO_SUBMITTERS_LABEL.test(text));
  const coAbove =
    coIndex >= 0 ? readSignatureBlock(lines, from + coIndex, from + coIndex + 1, input.municipalities) : null;
  const labelled = headingTexts.filter((text, index) => !SUBMITTERS_LABEL.test(text) && index !== coIndex);
  const heading = readMotionHeading(labelled, { dates: input.dates, municipalities: input.municipalities });
  const introduction = lines
    .slice(openingIndex >= 0 ? openingIndex : clauseStart, clauseStart)
    .map((line) => line.text);
  const procedureBefore = lines
    .slice(from, headingEnd)
    .map((line) => line.text)
    .filter((text) => PROCEDURAL.test(text));
  const clauses = firstClause < 0 ? null : parseClauses(lines, firstClause, to, input.vocabulary);
  const after = clauses?.end ?? to;
  const block = readSignatureBlock(lines, after, to, input.municipalities);
  const record = blankMotion(heading.title ?? '', provenance(lines, from, Math.max(from, to - 1)));
  const labelLine = headingTexts.find((text) => SUBMITTERS_LABEL.test(text));
  if (labelLine) {
    const split = splitSubmitters(labelLine.replace(SUBMITTERS_LABEL, ''), input.municipalities);
    record.submitters = split.names;
    record.members = split.members;
    record.andOthers = split.andOthers;
  }
  if (record.submitters.length === 0 && block.submitters.length > 0) record.submitters = block.submitters;
  if (record.submitters.length === 0 && heading.submitters.length > 0) {
    record.submitters = heading.submitters;
    record.members = heading.members;
    record.andOthers = heading.andOthers;
  }
  const parties = [...new Set(block.signers.map((signer) => signer.party).filter((p): p is string => !!p))];
  if (record.submitters.length === 0) record.submitters = parties;
  const coSubmitters = [...(coAbove?.coSubmitters ?? []), ...block.coSubmitters];
  const coMembers = [...(coAbove?.coMembers ?? []), ...block.coMembers];
  for (const name of coSubmitters) if (!record.submitters.includes(name)) record.submitters.push(name);
  if (coMembers.length > 0) record.members = [...(record.members ?? []), ...coMembers];
  record.topic = heading.topic;
  record.preamble = clauses?.preamble ?? [];
  record.operative = clauses?.operative ?? [];
  record.signatories = block.signers.map((signer) => signer.name);
  if (block.signers.length > 0) record.signers = block.signers;
  if (coSubmitters.length > 0) record.coSubmitters = coSubmitters;
  record.explanation = [explanationAbove, block.explanation].filter(Boolean).join('\n') || null;
  record.closing = clauses?.closing ?? null;
  const intro = [...procedureBefore, ...introduction, ...(clauses?.procedure ?? [])];
  record.introduction = intro.join('\n') || null;
  record.meeting = opening?.meeting ?? null;
  const agenda =
    heading.agendaItem ?? (opening?.agendaItem ? { number: null, title: opening.agendaItem } : null);
  record.agendaItem = agenda?.number ?? null;
  record.agendaItemTitle = agenda?.title ?? null;
  const segmentText = lines
    .slice(from, to)
    .map((line) => line.text)
    .join('\n');
  record.number = RENUMBERED.exec(segmentText)?.[1] ?? heading.number;
  record.votes = block.votes;
  const outcome = parseVoteOutcome(block.outcome.join('; '));
  record.result = outcome.result;
  record.percentage = outcome.percentage;
  record.parts = outcome.parts;
  record.preAdvice =
    outcome.preAdvice ?? (block.outcome.some((text) => /\bovergenomen\b/i.test(text)) ? 'overnemen' : null);
  if (
    record.preAdvice === 'overnemen' &&
    /^overgenomen$/i.test(block.outcome.join('').replace(/^\S+:\s*/, ''))
  )
    record.result = null;
  if (outcome.byAcclamation) record.byAcclamation = true;
  if (record.result === 'aangenomen') record.adoptedAt = record.meeting ?? null;
  const lastLine = lines[to - 1]?.text ?? '';
  // The document ends inside the clauses, without the closing punctuation of a clause: it is cut off.
  const endsInClauses = clauses !== null && after >= to && !/[.!?;:)"”’]$/u.test(lastLine.trim());
  const truncated = to === lines.length && (endsInsideText(lastLine) || endsInClauses);
  if (truncated && after >= to && clauses) {
    // The last clause runs into the end of the document: it is cut off, so it is left out.
    const section = record.operative.length > 0 ? record.operative : record.preamble;
    const cut = section.pop();
    if (cut)
      warnings.push(
        `truncated: Het laatste onderdeel van motie "${heading.title ?? ''}" is afgebroken ("${cut.text.slice(-60)}") en niet overgenomen; niets is aangevuld.`,
      );
  } else if (truncated)
    warnings.push(
      `truncated: De motie "${heading.title ?? ''}" is afgebroken ("${(lines[to - 1]?.text ?? '').slice(-60)}"); alleen volledige onderdelen zijn overgenomen, niets is aangevuld.`,
    );
  if (!heading.title)
    warnings.push('no-title: De motie heeft geen eigen titel; de titel is afgeleid van de tekst.');
  if (!record.title) record.title = titleFromText(record);
  if (record.operative.length === 0 && !truncated)
    warnings.push(`no-operative: De motie "${record.title}" heeft geen herkenbaar dictum.`);
  return { record, heading, opening, truncated, warnings };
}

/** A motion without a title of its own is named by the start of its first operative clause. */
function titleFromText(record: MotionRecord): string {
  const clause = record.operative[0] ?? record.preamble[0];
  if (!clause) return 'Motie zonder titel';
  const words = clause.text.split(/\s+/).slice(0, 12).join(' ');
  return words.length < clause.text.length ? `${words} …` : words;
}
