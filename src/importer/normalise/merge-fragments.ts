import type { LogicalLine, SourceLine } from '../types.js';
import { joinFragments, type Vocabulary } from './dehyphenate.js';
import { CLAUSE_START, isBareLabel, isLabel, isListItem, URL_START } from './line-shapes.js';

/** A sentence or heading does not end on these words, so the next fragment belongs to it. */
const CONTINUING_WORDS = new Set(
  (
    'en van de het der den des in op aan voor om te met naar bij tot een of dat die door over uit als ' +
    'zijn is wordt worden dan ook nog maar waar zoals onder tussen tegen na sinds vanaf zich hun haar ' +
    'ons onze uw u we wij hebben heeft kan kunnen moet zal zullen wil willen mede'
  ).split(' '),
);

/** The text after the last white space (empty when the text ends in one), without splitting the whole line. */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !WHITE.test(text[start - 1])) start -= 1;
  return text.slice(start).toLowerCase();
}
const WHITE = /\s/;

/**
 * The end of a line, for the tests anchored at its end: a merged line grows with every fragment, and a pattern
 * ending in `$` is tried from every position of the string it is given.
 */
const tail = (text: string) => (text.length > 16 ? text.slice(-16) : text);

/** "Motie Gouda en Krimpenerwaard", "- Zeist", "Motie en indiener: Motie Zeist": submitters before a title. */
const BEFORE_TITLE = /^(?:[-–—•·▪◦*●]\s+|\d{1,3}[.)]?\s+)?(?:motie\s+en\s+indieners?\s*:\s*)?motie\b/iu;

/**
 * A line that opens with a quoted title continues the submitters it follows: "Motie Gouda en
 * Krimpenerwaard" + "“Nieuwkomersonderwijs” aangenomen in …". The line before holds no quote yet,
 * does not end a sentence, and is a motion heading or a list item.
 */
function continuesWithTitle(current: string, next: string): boolean {
  if (!/^[“„"]/u.test(next) || /[.!?:;,]$/u.test(tail(current)) || /[“”„"]/u.test(current)) return false;
  return BEFORE_TITLE.test(current) || isListItem(current);
}

/** A line after which a dash opens a list item: a closed sentence, a list item, a label, a clause heading. */
function opensList(current: string): boolean {
  return (
    /[.!?:;]["”’)\]]?$/u.test(tail(current)) ||
    isListItem(current) ||
    isLabel(current) ||
    CLAUSE_START.test(current)
  );
}

function continues(current: string, next: string, blankBetween: boolean): boolean {
  if (continuesWithTitle(current, next)) return true;
  // "… de gemeenten" + "- en dat is belangrijk - de regie": a spaced dash inside a sentence.
  if (/^[-–—]\s+\p{Ll}/u.test(next) && !opensList(current)) return true;
  if (isListItem(next) || isLabel(next) || CLAUSE_START.test(next)) return false;
  if (isListItem(current) && /^[-–—•·▪◦*●]$|^\d{1,2}[.)]$/u.test(current)) return false;
  if (URL_START.test(next)) return isBareLabel(current);
  if (URL_START.test(current) && !/\s/.test(current)) return false;
  if (isBareLabel(current)) return true;
  // A word broken at a hyphen ("concept-" + "VNG-inzet") goes on whatever the case of the next part.
  const end = tail(current);
  if (/[\p{L}\p{N}]-$/u.test(end)) return true;
  if (/^[,;:.)\]’”»!?]/u.test(next)) return true;
  const closed = /[.!?]["”’)]?$/u.test(end);
  if (end.endsWith(';')) return false;
  if (/^\p{Ll}/u.test(next)) return !(closed && blankBetween);
  if (closed || end.endsWith(':')) return false;
  if (/^\d/.test(next) || next.startsWith('(')) return true;
  if (end.endsWith(',') && !blankBetween) return true;
  return CONTINUING_WORDS.has(lastWord(current));
}

function append(current: string, next: string, vocabulary: Vocabulary): string {
  if (/^[,;:.)\]’”»!?]/u.test(next)) return `${current}${next}`;
  return joinFragments(current, next, vocabulary);
}

/**
 * Merge physical lines into logical lines. PDF extraction breaks sentences, and even single words,
 * over many lines; a fragment continues the previous line when it starts in lower case, follows
 * a bare label or a word a sentence cannot end on. Blank lines only count as breaks after a
 * closed sentence, because some extractions put blank lines inside sentences. With `paragraphs`
 * (Word documents) every line is a real paragraph, as if blank lines stood between them.
 */
export function mergeFragments(
  lines: SourceLine[],
  vocabulary: Vocabulary,
  options: { paragraphs?: boolean } = {},
): LogicalLine[] {
  const merged: LogicalLine[] = [];
  let current: LogicalLine | null = null;
  let blankBetween = options.paragraphs === true;
  for (const line of lines) {
    if (line.text === '') {
      blankBetween = true;
      continue;
    }
    if (current && continues(current.text, line.text, blankBetween)) {
      current.text = append(current.text, line.text, vocabulary);
      current.endLine = line.line;
      current.endPage = line.page;
    } else {
      current = { ...line, endLine: line.line, endPage: line.page };
      merged.push(current);
    }
    blankBetween = options.paragraphs === true;
  }
  return merged;
}
