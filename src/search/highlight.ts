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

function matchingSpans(text: string, terms: SearchTerm[]): [number, number][] {
  const spans: [number, number][] = [];
  if (terms.length === 0) return spans;
  for (const m of text.matchAll(WORD)) {
    const tokens = indexTokens(m[0]);
    if (tokens.some((token) => terms.some((term) => tokenMatches(token, term))))
      spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

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
  const spans = matchingSpans(flat, terms);
  if (flat.length <= length) return render(flat, spans, 0, flat.length);
  const first = spans[0]?.[0] ?? 0;
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
  return `${from > 0 ? '… ' : ''}${render(flat, spans, from, to)}${to < flat.length ? ' …' : ''}`;
}
