export const SEARCH_KINDS = ['motion', 'resolution', 'agreement', 'letter', 'document', 'meeting'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One query word: matches a token equal to (or, with `prefix`, starting with) any of its alternatives. */
export type SearchTerm = { alternatives: string[]; prefix: boolean };

export type SearchDocument = {
  organisationId: string;
  kind: SearchKind;
  id: string;
  title: string;
  body: string;
  /** Space-separated tokens, each /^[a-z0-9]+$/ (see src/search/analyse.ts). */
  stems: string;
};

/** Counts of matches are exact up to this many; beyond it a list says "meer dan 1.000". */
export const SEARCH_COUNT_BOUND = 1000;

/** A count that is exact up to SEARCH_COUNT_BOUND; beyond it `total` is the bound and a lower bound. */
export type BoundedCount = { total: number; totalIsLowerBound: boolean };
export const boundedCount = (found: number): BoundedCount =>
  found > SEARCH_COUNT_BOUND
    ? { total: SEARCH_COUNT_BOUND, totalIsLowerBound: true }
    : { total: found, totalIsLowerBound: false };

export type SearchHitRow = { kind: SearchKind; id: string; title: string; body: string; rank: number };

/** Raw text of a record to index: what src/search analyses. */
export type SourceDocument = { kind: SearchKind; id: string; title: string; body: string };

/** One token of the index. */
export const TOKEN = /^[a-z0-9]+$/;

/** Stems that are clean already (as the analysis gives them): tokens of [a-z0-9], one space between two. */
const CLEAN_STEMS = /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/;

/** Only tokens of [a-z0-9] reach the index (clean stems, the usual case, are tested whole and kept as they are). */
export const cleanStems = (stems: string): string =>
  CLEAN_STEMS.test(stems)
    ? stems
    : stems
        .split(' ')
        .filter((s) => TOKEN.test(s))
        .join(' ');

/** Defence in depth: terms come from src/search/query.ts, but nothing but [a-z0-9] ever reaches a query. */
export function cleanTerms(terms: SearchTerm[]): SearchTerm[] {
  return terms
    .map((t) => ({ prefix: t.prefix, alternatives: t.alternatives.filter((a) => TOKEN.test(a)) }))
    .filter((t) => t.alternatives.length > 0);
}
