import { type DocumentKind, emptyRecognised, type Recognised } from '../types.js';
import { isAmendment, recogniseAmendment } from './amendment.js';
import { CLOSING, clauseHeading, PREAMBLE_KINDS } from './clauses.js';
import type { RecogniserInput } from './context.js';
import { parseMotionOpening } from './motion-opening.js';
import { firstClauseIndex, type MotionText, readMotionText } from './motion-text.js';
import { parseResolutionHeading } from './resolution-heading.js';
import { isRisLayout, recogniseRisRecords } from './ris-motion.js';
import { unmatchedSubmitterWarnings } from './warnings.js';

/** A line that starts a motion's heading: "Motie …", "Motie: …", "Motie" alone. */
const MOTION_START = /^motie\b(?!\s+(?:bij|inzake)\s+agendapunt)/iu;

type Segment = { from: number; to: number };

/**
 * Where each motion text starts. A new motion starts at a motion heading ("Motie …") or at the body
 * it addresses ("De raad, …") once the current one has had its operative clauses. A line that stands
 * just above every motion heading (a repeated "Aanpassen" link, a number) moves with the heading.
 */
export function motionSegments(input: RecogniserInput): Segment[] {
  const { lines } = input;
  const starts = [0];
  let sawOperative = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    const heading = clauseHeading(text);
    if (heading && !PREAMBLE_KINDS.has(heading.kind)) sawOperative = true;
    if (!sawOperative || heading) continue;
    if (MOTION_START.test(text) && text.length <= 150) {
      starts.push(i);
      sawOperative = false;
    }
  }
  if (starts.length > 2 || starts.length === 2) {
    const before = starts.slice(1).map((start) => lines[start - 1]?.text);
    const firstHeading = lines.findIndex((line) => MOTION_START.test(line.text));
    const prefix = before[0];
    const repeated =
      prefix !== undefined &&
      before.every((text) => text === prefix) &&
      lines[firstHeading - 1]?.text === prefix;
    if (repeated) for (let k = 1; k < starts.length; k++) starts[k]--;
  }
  return starts.map((from, k) => ({ from, to: starts[k + 1] ?? lines.length }));
}

/** A motion text: clauses of both sections, or a closing formula, with a heading or the body it addresses. */
function isMotionText(input: RecogniserInput): boolean {
  const texts = input.lines.map((line) => line.text);
  const kinds = new Set(texts.map((text) => clauseHeading(text)?.kind).filter(Boolean));
  const operative = [...kinds].some((kind) => kind && !PREAMBLE_KINDS.has(kind));
  const closing = kinds.size >= 1 && texts.some((text) => CLOSING.test(text));
  // Without operative clauses or a closing formula it is none; the costlier readings below are then not needed.
  if (!operative && !closing) return false;
  if (texts.some((text, i) => parseResolutionHeading(text, texts[i + 1]) !== null)) return false;
  if (closing) return true;
  const preamble = [...kinds].some((kind) => kind && PREAMBLE_KINDS.has(kind));
  const heading = texts.slice(0, 12).some((text) => MOTION_START.test(text) || /\(motie\b/i.test(text));
  if (heading && preamble) return true;
  const first = firstClauseIndex(input, 0, texts.length);
  return texts.slice(0, first < 0 ? 0 : first).some((text) => parseMotionOpening(text, input.dates));
}

/**
 * The layouts of single motions and of the records about them, decided by structure: a council
 * information system record or a monitor entry, an amendment, one or more motion texts.
 */
export function detectMotionLayout(input: RecogniserInput): DocumentKind | null {
  // Asked twice per document (detectKind, then recogniseDocument for its reader): read once.
  const known = layouts.get(input);
  if (known !== undefined) return known;
  const layout = readMotionLayout(input);
  layouts.set(input, layout);
  return layout;
}

const layouts = new WeakMap<RecogniserInput, DocumentKind | null>();

function readMotionLayout(input: RecogniserInput): DocumentKind | null {
  if (isRisLayout(input.lines)) return recogniseRisRecords(input).kind;
  if (isAmendment(input.lines)) return 'amendment';
  if (!isMotionText(input)) return null;
  const segments = motionSegments(input);
  return segments.length > 1 ? 'motion-list' : 'motion';
}

function listTitle(input: RecogniserInput, texts: MotionText[]): string | null {
  const named = input.lines
    .slice(0, 15)
    .find((line) => /^moties\b/i.test(line.text) && line.text.length <= 100);
  return named?.text ?? texts[0]?.heading.documentTitle ?? null;
}

/**
 * The text of one motion, or of several in a row (a members' meeting's motions pasted together): title
 * and submitters, the meeting ("in vergadering bijeen op … te …"), preamble and operative clauses, the
 * closing formula, signatories with their party, co-submitters, the explanation and the outcome.
 * Records of council information systems and monitor entries go to their own reader; amendments are
 * recognised as such and never become motions.
 */
export function recogniseMotion(input: RecogniserInput): Recognised {
  if (isRisLayout(input.lines)) {
    const ris = recogniseRisRecords(input);
    const out = emptyRecognised();
    out.motions = ris.motions;
    out.agreements = ris.agreements;
    out.meeting = ris.meeting;
    out.title = ris.title;
    out.warnings = ris.warnings;
    return out;
  }
  if (isAmendment(input.lines)) return recogniseAmendment(input);
  const out = emptyRecognised();
  const texts = motionSegments(input).map((segment) => readMotionText(input, segment.from, segment.to));
  for (const text of texts) {
    const record = text.record;
    const council = text.opening !== null && text.opening.meeting.kind !== 'alv';
    if (!council && (record.members?.length ?? 0) > 0)
      out.warnings.push(...unmatchedSubmitterWarnings(record));
    out.warnings.push(...text.warnings);
    out.motions.push(record);
  }
  const main = texts[0];
  out.meeting = main?.record.meeting ?? null;
  if (texts.length === 1) {
    out.title = main.heading.documentTitle ?? main.record.title;
    out.date = main.heading.date ?? out.meeting?.date ?? null;
  } else {
    out.title = listTitle(input, texts);
    out.date = null;
    out.meeting = null;
  }
  return out;
}
