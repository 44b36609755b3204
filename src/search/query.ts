import type { SearchTerm } from '../store/repositories/search-index.js';
import { normalise, participleAlternative, STOPWORDS, stemWord, words } from './analyse.js';

/** At most this many words of a query are used; the rest of a pasted essay is ignored. */
export const MAX_QUERY_TERMS = 16;
/** Only this much of the raw query is looked at (a 10k-character paste costs nothing). */
export const MAX_QUERY_CHARS = 1000;

/**
 * Turns what a user typed into search terms. Input is always plain words: quotes, operators (AND, NEAR, *),
 * punctuation and emoji are separators, never syntax. Every word must match (AND); a word matches a token
 * that starts with its stem (so "jeugdzorg" finds "jeugdzorgkosten"), except short stems and numbers, which
 * must match whole. Participles of separable verbs also match their infinitive ("aangehouden" ~ "aanhouden").
 */
export function parseQuery(q: string): SearchTerm[] {
  const head =
    q.length > MAX_QUERY_CHARS ? q.slice(0, MAX_QUERY_CHARS).replace(/[\p{L}\p{N}\p{M}]+$/u, '') : q;
  const all = words(normalise(head));
  const content = all.filter((w) => !STOPWORDS.has(w));
  const chosen = content.length > 0 ? content : all;
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  for (const word of chosen) {
    const stem = stemWord(word);
    const alternative = participleAlternative(word);
    const alternatives = alternative ? [stem, alternative] : [stem];
    const key = alternatives.join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ alternatives, prefix: stem.length >= 3 && !/^[0-9]+$/.test(stem) });
    if (terms.length >= MAX_QUERY_TERMS) break;
  }
  return terms;
}

/** Whether an index token matches a term (the same rule both engines apply). */
export function tokenMatches(token: string, term: SearchTerm): boolean {
  return term.alternatives.some((a) => (term.prefix ? token.startsWith(a) : token === a));
}
