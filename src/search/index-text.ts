import { indexTokens } from './analyse.js';

/**
 * The text of a record's search entry: its stems, from its title and body. Without the store, so the import's
 * analysis worker can analyse a document's text ahead (src/importer/preview/analysis-worker.ts).
 */

/** The stems of a record's text; with `terms`, its distinct tokens are added to that set. */
export const stemsOf = (title: string, body: string, terms?: Set<string>): string =>
  indexTokens(`${title}\n${body}`, terms).join(' ');

/** PostgreSQL text cannot hold NUL (PDF extraction sometimes yields it). */
export const withoutNul = (text: string): string => text.replaceAll(String.fromCharCode(0), '');

/**
 * A record's text analysed ahead, elsewhere (an imported document's text, in the import's analysis worker): its
 * stems and their distinct tokens, for the exact `title` and `body` they were computed from.
 */
export type AnalysedText = { title: string; body: string; stems: string; terms: readonly string[] };

/** The stems and distinct tokens of a record's text (title and body as the register holds them). */
export function analyseText(title: string, body: string): Omit<AnalysedText, 'title' | 'body'> {
  const terms = new Set<string>();
  return { stems: stemsOf(withoutNul(title), withoutNul(body), terms), terms: [...terms] };
}
