import type { SearchTerm } from '../store/repositories/search-index.js';
import { indexTokens } from './analyse.js';
import { tokenMatches } from './query.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A word of the original text with its offsets; words are what the analyser would split on, before NFKD. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * A word's index tokens, kept for the next texts: texts say most of their words many times and share most of
 * them, and analysing a word (normalising, stemming) is most of a snippet's work. Bounded: emptied when full.
 */
const wordTokens = new Map<string, string[]>();
const WORD_TOKENS_KEPT = 20_000;
function tokensOf(word: string): string[] {
  let tokens = wordTokens.get(word);
  if (!tokens) {
    if (wordTokens.size >= WORD_TOKENS_KEPT) wordTokens.clear();
    tokens = indexTokens(word);
    wordTokens.set(word, tokens);
  }
  return tokens;
}

/** Whether a word matches one of the terms, memoised per word for one text. */
function wordMatcher(terms: SearchTerm[]): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    let hit = seen.get(word);
    if (hit === undefined) {
      hit = tokensOf(word).some((token) => terms.some((term) => tokenMatches(token, term)));
      seen.set(word, hit);
    }
    return hit;
  };
}

/** The matching words' spans among the words that start at or after `from` and before `to`. */
function matchingSpans(
  text: string,
  terms: SearchTerm[],
  from = 0,
  to = text.length,
  matches = wordMatcher(terms),
): [number, number][] {
  const spans: [number, number][] = [];
  if (terms.length === 0) return spans;
  const word = new RegExp(WORD.source, WORD.flags);
  word.lastIndex = from;
  for (let m = word.exec(text); m && m.index < to; m = word.exec(text))
    if (matches(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Where the first word that matches a term starts; -1 when none does. */
function firstMatch(text: string, matches: (word: string) => boolean): number {
  for (const m of text.matchAll(WORD)) if (matches(m[0])) return m.index;
  return -1;
}

/** The start of the word `at` falls in (or `at` itself between words). */
function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && WORD_CHAR.test(text[start - 1]) && WORD_CHAR.test(text[start])) start -= 1;
  return start;
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function render(text: string, spans: [number, number][], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    out += escapeHtml(text.slice(at, start));
    out += `<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** The whole text, HTML-escaped, with every word that matches a term wrapped in <mark>. */
export function highlight(text: string, terms: SearchTerm[]): string {
  return render(text, matchingSpans(text, terms), 0, text.length);
}

/**
 * An excerpt of about `length` characters around the first match (or the start of the text), HTML-escaped,
 * with matches in <mark>, and an ellipsis where the text was cut. Whitespace is collapsed.
 */
export function snippet(text: string, terms: SearchTerm[], length = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const matches = wordMatcher(terms);
  if (flat.length <= length)
    return render(flat, matchingSpans(flat, terms, 0, flat.length, matches), 0, flat.length);
  // Only the excerpt's words are looked at for marks: the first match places it.
  const found = terms.length > 0 ? firstMatch(flat, matches) : -1;
  const first = found >= 0 ? found : 0;
  let from = Math.max(0, first - Math.floor(length / 3));
  if (from > 0) {
    const space = flat.indexOf(' ', from);
    from = space >= 0 && space < first ? space + 1 : from;
  }
  let to = Math.min(flat.length, from + length);
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to);
    if (space > Math.max(from, first)) to = space;
  }
  const spans = found >= 0 ? matchingSpans(flat, terms, wordStart(flat, from), to, matches) : [];
  return `${from > 0 ? '… ' : ''}${render(flat, spans, from, to)}${to < flat.length ? ' …' : ''}`;
}
