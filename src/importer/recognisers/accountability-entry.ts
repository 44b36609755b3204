import { capitalise } from '../../domain/vocabulary/capitalise.js';
import type { DateContext } from '../dutch-dates.js';
import { joinText } from '../normalise/dehyphenate.js';
import { looksLikeHeading } from '../normalise/line-shapes.js';
import type { LogicalLine, MotionRecord } from '../types.js';
import { isGroupHeadingShape } from './accountability-toc.js';
import { provenance, type RecogniserInput } from './context.js';
import { type MotionReference, parseMotionReference } from './motion-reference.js';
import { hasOpenQuote } from './quotes.js';

type Label = 'topic' | 'motion' | 'call' | 'accountability' | 'proposal';
/**
 * What may follow a label's words: a parenthetical ("(samengevat)") and one separator (a colon, or a
 * dash between spaces), so that none of it is left at the start of the value. A list item after the
 * separator ("Inhoud/oproep: - …") keeps its dash.
 */
const PARENTHETICAL = String.raw`(?:\s*\([^)]{0,40}\))?`;
const SEPARATOR = String.raw`${PARENTHETICAL}\s*(?:[:：]|[-–—](?=\s))?\s*`;
const COLON = String.raw`${PARENTHETICAL}\s*[:：]\s*`;
const labelPattern = (source: string) => new RegExp(source, 'i');
const LABELS: [Label, RegExp][] = [
  ['topic', labelPattern(`^onderwerp\\b${SEPARATOR}`)],
  ['motion', labelPattern(`^motie\\s+en\\s+indieners?\\b${SEPARATOR}`)],
  ['call', labelPattern(`^inhoud\\s*\\/\\s*oproep\\b${SEPARATOR}|^(?:inhoud|oproep|dictum)${COLON}`)],
  ['accountability', labelPattern(`^verantwoording\\b${SEPARATOR}`)],
  ['proposal', labelPattern(`^voorstel${COLON}|^voorstel\\s+(?=aanhouden|afdoen|als\\s+afgedaan)`)],
];

/** "(samengevat)" standing alone, also with a colon: part of the label, not of the text. */
const SUMMARISED = /^\(samengevat\)\s*:?\s*/i;

export const MOTION_LABEL = LABELS[1][1];
export const TOPIC_LABEL = LABELS[0][1];

/** A bare link or a footnote with only a link: annotation residue, not part of the text. */
const LINK_ONLY = /^(?:\d{1,2}\s+)?(?:https?:\/\/|www\.)\S+$/i;

type Segment = { label: Label; text: string[]; index: number; closed?: boolean };

export type AccountabilityEntry = {
  record: MotionRecord;
  reference: MotionReference | null;
  hasProposal: boolean;
  warnings: string[];
};

/**
 * The proposal is one block: the text after "Voorstel:" ends at a group heading, a new page, a
 * blank line, or a heading, so that a later heading ("Toelichting aanhouden") cannot change it.
 */
function endsProposal(lines: LogicalLine[], index: number, dates: DateContext): boolean {
  const line = lines[index];
  const previous = lines[index - 1];
  if (isGroupHeadingShape(line.text, dates)) return true;
  if (previous && (line.page !== previous.endPage || line.line > previous.endLine + 1)) return true;
  return /^\p{Lu}/u.test(line.text) && looksLikeHeading(line.text);
}

function segmentsOf(lines: LogicalLine[], from: number, to: number, dates: DateContext): Segment[] {
  const segments: Segment[] = [];
  for (let i = from; i < to; i++) {
    const text = lines[i].text;
    const label = LABELS.find(([, pattern]) => pattern.test(text));
    const last = segments[segments.length - 1];
    if (!label && last?.label === 'proposal' && last.text.length > 0 && !last.closed) {
      last.closed = endsProposal(lines, i, dates);
    }
    if (label) {
      const rest = text.replace(label[1], '').replace(SUMMARISED, '').trim();
      segments.push({ label: label[0], text: rest ? [rest] : [], index: i });
    } else if (last && !last.closed && text.replace(SUMMARISED, '') !== '' && !LINK_ONLY.test(text)) {
      last.text.push(text);
    }
  }
  return segments;
}

/** The motion line, with the lines an unclosed title or a "(ALV …)" continues on. */
function headerLines(text: string[]): string[] {
  const taken = text.slice(0, 1);
  while (taken.length < text.length && taken.length < 4 && hasOpenQuote(taken.join(' ')))
    taken.push(text[taken.length]);
  if (text[taken.length]?.startsWith('(')) taken.push(text[taken.length]);
  return taken;
}

export function parseProposal(text: string): MotionRecord['proposal'] {
  const hold = /\baan(?:houden|\s+te\s+houden|gehouden)\b/i.test(text);
  const settle = /\b(?:afgedaan|afdoen|af\s+te\s+doen)\b/i.test(text);
  if ((hold && settle) || ((hold || settle) && /\b(?:tenzij|mits|indien|op\s+voorwaarde)\b/i.test(text))) {
    return 'conditional';
  }
  return hold ? 'hold' : settle ? 'settle' : null;
}

const CONDITIONAL = /\b(?:tenzij|mits|indien|zo\s+niet|op\s+voorwaarde|als(?!\s+afgedaan))\b/i;
const OUTCOME = /\b(?:afgedaan|afdoen|aan\s+te\s+houden|aanhouden)\b/i;

/** The condition of a conditional proposal: in the proposal itself, else the sentences that state it. */
function conditionOf(proposal: string, accountability: string | null): string | null {
  const inline = /\b(?:tenzij|mits|indien|op\s+voorwaarde)\b.*$/i.exec(proposal);
  if (inline) return inline[0].trim();
  const sentences = (accountability ?? '').split(/(?<=[.!?])\s+/);
  const stated = sentences.filter((sentence) => CONDITIONAL.test(sentence) && OUTCOME.test(sentence));
  return stated.length > 0 ? stated.join(' ') : null;
}

/**
 * One motion of an accountability report. Extraction may put a label before the text of the
 * previous cell: a "Verantwoording" label followed later by "Inhoud/oproep" holds call text, and
 * when a table row is split over pages (the "Onderwerp" row repeats) the text under a sub-heading
 * after the call belongs to the accountability.
 */
export function parseAccountabilityEntry(
  input: RecogniserInput,
  from: number,
  to: number,
): AccountabilityEntry {
  const { lines, vocabulary } = input;
  const segments = segmentsOf(lines, from, to, input.dates);
  const warnings: string[] = [];
  // The "Onderwerp:" label names a register topic, written in lower case in real reports ("sociaal domein"):
  // filed with a capital, so it is the same topic (one facet, one chart bar) as one entered in the workspace.
  const labelled = segments.find((s) => s.label === 'topic')?.text.join(' ');
  const topic = labelled ? capitalise(labelled) : null;
  const header = segments.find((s) => s.label === 'motion');
  const headerText = header ? headerLines(header.text) : [];
  const reference = parseMotionReference(headerText.join(' '), input.municipalities, input.dates);
  const lastCall = segments.map((s) => s.label).lastIndexOf('call');
  const accountabilityIndex = segments.map((s) => s.label).lastIndexOf('accountability');
  const callParts: string[] = [];
  segments.forEach((segment, index) => {
    if (segment.label === 'call' || (segment.label === 'accountability' && index < lastCall)) {
      callParts.push(...segment.text);
    }
  });
  const accountabilityParts = accountabilityIndex > lastCall ? [...segments[accountabilityIndex].text] : [];
  const repeatedTopic = segments.some((s, index) => s.label === 'topic' && index > lastCall && lastCall >= 0);
  if (repeatedTopic) {
    const split = callParts.findIndex(
      (text, index) =>
        index > 0 && /^\p{Lu}/u.test(text) && looksLikeHeading(text) && /[.!?]$/.test(callParts[index - 1]),
    );
    if (split > 0) accountabilityParts.unshift(...callParts.splice(split));
  }
  const proposalText = segments.find((s) => s.label === 'proposal')?.text.join(' ') ?? '';
  const proposal = parseProposal(proposalText);
  const accountability = accountabilityParts.join('\n') || null;
  const record: MotionRecord = {
    title: reference?.title ?? joinText(headerText, vocabulary),
    submitters: reference?.submitters.names ?? [],
    andOthers: reference?.submitters.andOthers ?? false,
    topic,
    adoptedAt: reference?.meeting ?? null,
    call: callParts.join('\n') || null,
    accountability,
    proposal,
    result: null,
    percentage: null,
    parts: [],
    preAdvice: null,
    preamble: [],
    operative: [],
    signatories: [],
    condition: proposal === 'conditional' ? conditionOf(proposalText, accountability) : null,
    members: reference?.submitters.members ?? [],
    source: provenance(lines, from, to - 1),
  };
  if (!reference) warnings.push(`no-title: Motie zonder herkenbare titel op regel ${lines[from].line}.`);
  return { record, reference, hasProposal: proposalText !== '', warnings };
}
