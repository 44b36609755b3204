import type { DateContext } from '../dutch-dates.js';
import { looksLikeHeading } from '../normalise/line-shapes.js';
import type { LogicalLine } from '../types.js';
import { isGroupHeadingShape } from './accountability-toc.js';
import { paragraphs } from './context.js';
import { firstQuoted } from './quotes.js';

/** The member letter a report was sent with: "Bijlage bij ledenbrief “Uitnodiging ALV 18 juni 2025” van 21 mei 2025". */
export type LetterReference = {
  text: string;
  subject: string | null;
  number: string | null;
  date: string | null;
};

export type ReportIntro = {
  /** "Samenvatting": what the report is about. */
  summary: string | null;
  /** "Voorstel aan de leden": what the assembly is asked to decide on the report as a whole. */
  proposalText: string | null;
  letter: LetterReference | null;
};

const SUMMARY = /^samenvatting\b\s*:?\s*/i;
const PROPOSAL =
  /^(?:voorstel|beslispunten?|besluit)\s+aan\s+(?:de\s+)?(?:leden|alv|(?:algemene\s+)?ledenvergadering|vergadering)\b\s*:?\s*|^beslispunten?\b\s*:?\s*/i;
const CONTENTS = /^inhoud(?:sopgave)?\b/i;
const LETTER = /\b(bijlage\s+(?:\d+\s+)?bij\s+(?:de\s+)?ledenbrief\b[^)]*)/i;

/** The text under a heading, up to the next heading (of any kind), the contents or a group heading. */
function section(lines: LogicalLine[], heading: RegExp, to: number, dates: DateContext): string | null {
  const start = lines.slice(0, to).findIndex((line) => heading.test(line.text));
  if (start < 0) return null;
  const parts: string[] = [];
  const inline = lines[start].text.replace(heading, '').trim();
  if (inline) parts.push(inline);
  let end = start + 1;
  while (end < to) {
    const text = lines[end].text;
    if (SUMMARY.test(text) || PROPOSAL.test(text) || CONTENTS.test(text)) break;
    if (isGroupHeadingShape(text, dates) || (/^\p{Lu}/u.test(text) && looksLikeHeading(text))) break;
    end++;
  }
  const body = paragraphs(lines, start + 1, end);
  if (body) parts.push(body);
  return parts.join('\n') || null;
}

/**
 * The introduction of an accountability report, before its table of contents and motions: the
 * summary, the proposal to the members and the letter the report was an attachment to.
 */
export function readReportIntro(
  lines: LogicalLine[],
  to: number,
  dates: DateContext,
  letterDate: string | null,
): ReportIntro {
  const letterLine = lines.slice(0, Math.min(to, 4)).find((line) => LETTER.test(line.text));
  let letter: LetterReference | null = null;
  if (letterLine) {
    const text = (LETTER.exec(letterLine.text)?.[1] ?? '').trim();
    letter = {
      text,
      subject: firstQuoted(text)?.inner ?? null,
      number: /\bLbr\.?\s*(\d{2}\/\d{2,4})/i.exec(text)?.[1] ?? null,
      date: letterDate,
    };
  }
  return {
    summary: section(lines, SUMMARY, to, dates),
    proposalText: section(lines, PROPOSAL, to, dates),
    letter,
  };
}
