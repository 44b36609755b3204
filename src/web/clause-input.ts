import { clauseHeading, PREAMBLE_KINDS } from '../importer/recognisers/clauses.js';
import type { NewClause } from '../store/repositories/resolutions.js';

/**
 * Clauses typed in a textarea, one per paragraph (blank line between), each starting with its verb:
 * "constaterende dat …", "overwegende dat …", "spreekt uit …", "verzoekt …", "roept … op", "draagt … op".
 */
export function parseClauseInput(text: string): { clauses: NewClause[]; error: string | null } {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0)
    return { clauses: [], error: 'Schrijf ten minste één overweging of besluitpunt.' };
  const clauses: NewClause[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const heading = clauseHeading(p);
    if (!heading)
      return {
        clauses: [],
        error: `Punt ${i + 1} begint niet met constaterende dat, overwegende dat, spreekt uit, verzoekt, roept op of draagt op.`,
      };
    clauses.push({
      section: PREAMBLE_KINDS.has(heading.kind) ? 'preamble' : 'operative',
      kind: heading.kind,
      text: p,
    });
  }
  return { clauses, error: null };
}

export const clausesToInput = (clauses: { text: string }[]): string =>
  clauses.map((c) => c.text).join('\n\n');
