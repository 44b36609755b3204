import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../database.js';
import { isPostgres } from '../../engine.js';
import * as postgres from './postgres.js';
import * as sqlite from './sqlite.js';
import {
  type BoundedCount,
  boundedCount,
  cleanTerms,
  SEARCH_COUNT_BOUND,
  SEARCH_KINDS,
  type SearchHitRow,
  type SearchKind,
  type SearchTerm,
} from './types.js';

/**
 * The ids of one kind's records that match all terms, as a subquery for `where('motions.id', 'in', …)`:
 * unlike a list of ids it stays one bind parameter however many records match.
 */
export function matchingIdsSubquery(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  terms: SearchTerm[],
): Expression<string> {
  const t = cleanTerms(terms);
  if (t.length === 0) return sql<string>`(select entity_id from search_documents where 1 = 0)`;
  return (isPostgres(db) ? postgres : sqlite).matchingIds(organisationId, kind, t);
}

/**
 * A search as a filter of a register's list (src/store/repositories/motions.ts), in the forms a list needs to
 * stay bounded for a common word (docs/adr/019-bounded-search-lists.md).
 */
export type MatchFilter = {
  /** The matching ids as a subquery, for `where id in (…)`: to order a few matches. */
  ids: Expression<string>;
  /**
   * Whether the row with the id in `idColumn` matches (correlated): to walk a list in its own index order, a walk
   * that stops after `found` matches (the page's end, when known: on SQLite a short walk after a count that
   * stopped at the bound tests each row's own stems, docs/adr/034).
   */
  matches: (idColumn: string, found?: number) => Expression<SqlBool>;
  /**
   * How many matches also pass `where` (a condition on the column `d.entity_id`), exact up to
   * SEARCH_COUNT_BOUND: driven from the matches, it stops after bound + 1.
   */
  count: (db: Executor, where: Expression<SqlBool>) => Promise<BoundedCount>;
};

/** A walk of up to this many index rows tests each row's stems (SQLite, `MatchFilter.matches`). */
const STEMS_WALK = 500;

/**
 * The match of one kind's records as a list filter; null when the terms hold no words. On SQLite the prefixes
 * are expanded to whole tokens first (`engineTerms`), so neither the count nor the walk merges a common prefix's
 * doclists in full.
 */
export async function matchFilter(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  terms: SearchTerm[],
): Promise<MatchFilter | null> {
  const cleaned = cleanTerms(terms);
  if (cleaned.length === 0) return null;
  const nothing: MatchFilter = {
    ids: sql<string>`(select entity_id from search_documents where 1 = 0)`,
    matches: () => sql<SqlBool>`1 = 0`,
    count: async () => ({ total: 0, totalIsLowerBound: false }),
  };
  if (isPostgres(db)) {
    // The postings (docs/adr/028, 032): the same path as search's newest matches, not the GIN index.
    const tokens = await postgres.postingTokens(db, organisationId, cleaned);
    if (!tokens) return nothing;
    const filter = postgres.postingsFilter(organisationId, kind, tokens);
    return {
      ids: filter.ids,
      matches: (idColumn) => postgres.matchesRecord(kind, cleaned, idColumn),
      count: async (executor, where) => {
        const result = await filter.count(where, SEARCH_COUNT_BOUND + 1).execute(executor);
        return boundedCount(Number(result.rows[0].n));
      },
    };
  }
  const t = await engineTerms(db, cleaned);
  if (t.length === 0) return nothing;
  // The share of index rows that match, as the count saw it when it stopped at the bound (a lower estimate: the
  // span holds every organisation's and kind's rows). A walk to the `found`-th match reads about found / share
  // rows: up to STEMS_WALK each row's stems are tested, beyond it the match's rowids are read once.
  let share = 0;
  return {
    ids: sqlite.matchingIds(organisationId, kind, t),
    matches: (idColumn, found) =>
      sqlite.matchesRecord(
        kind,
        t,
        idColumn,
        found !== undefined && share > 0 && found / share <= STEMS_WALK,
      ),
    count: async (executor, where) => {
      const result = await sqlite
        .countMatches(organisationId, kind, t, where, SEARCH_COUNT_BOUND + 1)
        .execute(executor);
      const { n, span } = result.rows[0];
      const count = boundedCount(Number(n));
      if (count.totalIsLowerBound && span !== null) share = Number(n) / Number(span);
      return count;
    },
  };
}

/** The matching ids of one kind, as search orders them: its candidates (at most SEARCH_COUNT_BOUND). */
export async function queryMatchingIds(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  terms: SearchTerm[],
): Promise<string[]> {
  const page = await querySearchDocuments(db, organisationId, terms, {
    kinds: [kind],
    limit: -1,
    offset: 0,
    withBody: false,
  });
  return page.rows.map((r) => r.id);
}

/**
 * On SQLite, the most recently indexed matches (search_documents.id), newest first, at most `limit`, with their
 * bm25 rank when `ranked` (read in the same pass; else 0), none older than `from` when given: the FTS index gives
 * the newest rowids and stops (`recentMatches` there, after the prefixes are expanded to whole tokens).
 * PostgreSQL reads a page in one statement (`searchPage` there).
 */
async function recentMatches(
  db: Executor,
  organisationId: string,
  t: SearchTerm[],
  kinds: readonly SearchKind[] | undefined,
  limit: number,
  ranked = false,
  from?: number,
): Promise<{ id: number; rank: number }[]> {
  const all = kinds && kinds.length > 0 ? kinds : SEARCH_KINDS;
  return sqlite.recentMatches(db, organisationId, t, all, limit, ranked, from);
}

/**
 * How many records match, exactly up to SEARCH_COUNT_BOUND; beyond it `total` is the bound and
 * `totalIsLowerBound` is true. Nothing is ranked, at most bound + 1 matches are read.
 */
export async function countSearchDocuments(
  db: Executor,
  organisationId: string,
  terms: SearchTerm[],
  options: { kinds?: readonly SearchKind[] } = {},
): Promise<BoundedCount> {
  const t = await engineTerms(db, cleanTerms(terms));
  if (t.length === 0) return { total: 0, totalIsLowerBound: false };
  if (isPostgres(db))
    return boundedCount(
      await postgres.countPostings(db, organisationId, t, options.kinds, SEARCH_COUNT_BOUND + 1),
    );
  return boundedCount(
    (await recentMatches(db, organisationId, t, options.kinds, SEARCH_COUNT_BOUND + 1)).length,
  );
}

/**
 * On SQLite prefixes become the whole tokens they match (`expandPrefixes`); a prefix no token starts with
 * matches nothing, and so (every word must match) neither does the query: no terms. PostgreSQL takes them as they are.
 */
async function engineTerms(db: Executor, t: SearchTerm[]): Promise<SearchTerm[]> {
  if (t.length === 0 || isPostgres(db)) return t;
  const expanded = await sqlite.expandPrefixes(db, t);
  return expanded.some((term) => term.alternatives.length === 0) ? [] : expanded;
}

/**
 * The candidates of a search and the (bounded) total: the SEARCH_COUNT_BOUND most recently indexed matches (all
 * of them when fewer match), the same set on both engines (docs/adr/023). When more match than the bound, the
 * candidates are in recency order (newest first, rank 0): ranking the newest thousand of a common word says little
 * about the best of all its matches, and on SQLite bm25 was most of the query (docs/adr/034). When the count is
 * exact, every match is ranked (bm25, read in a second pass over the same matches only then), best first, ties
 * newest first. SQLite's; PostgreSQL's are chosen the same way inside its page's statement (`searchPage` there).
 */
async function searchCandidates(
  db: Executor,
  organisationId: string,
  t: SearchTerm[],
  kinds: readonly SearchKind[] | undefined,
): Promise<{ candidates: { id: number; rank: number }[] } & BoundedCount> {
  const recent = await recentMatches(db, organisationId, t, kinds, SEARCH_COUNT_BOUND + 1);
  const count = boundedCount(recent.length);
  if (count.totalIsLowerBound)
    return { candidates: recent.slice(0, SEARCH_COUNT_BOUND).map(({ id }) => ({ id, rank: 0 })), ...count };
  const ranked =
    recent.length < 2
      ? recent
      : await recentMatches(db, organisationId, t, kinds, SEARCH_COUNT_BOUND + 1, true, recent.at(-1)?.id);
  return { candidates: ranked.sort((a, b) => b.rank - a.rank || b.id - a.id), ...count };
}

/**
 * One page of matches and the (bounded) total, from the candidates (`searchCandidates`: the newest thousand
 * matches, ranked when the count is exact, else newest first), so a common word costs no more than a rare one and
 * every page's set is the same on both engines. Title and body are read for the page only. A page past the
 * candidates is empty. On PostgreSQL all of it is one statement after the prefixes' tokens (docs/adr/048).
 */
export async function querySearchDocuments(
  db: Executor,
  organisationId: string,
  terms: SearchTerm[],
  options: { kinds?: readonly SearchKind[]; limit: number; offset: number; withBody?: boolean },
): Promise<{ rows: SearchHitRow[] } & BoundedCount> {
  const t = await engineTerms(db, cleanTerms(terms));
  if (t.length === 0) return { rows: [], total: 0, totalIsLowerBound: false };
  if (isPostgres(db)) {
    const { rows, matched } = await postgres.searchPage(db, organisationId, t, {
      kinds: options.kinds,
      bound: SEARCH_COUNT_BOUND,
      offset: options.offset,
      limit: options.limit,
      withBody: options.withBody !== false,
    });
    return { rows, ...boundedCount(matched) };
  }
  const { candidates, ...count } = await searchCandidates(db, organisationId, t, options.kinds);
  const limit = options.limit < 0 ? candidates.length : options.limit;
  if (candidates.length === 0 || limit === 0 || options.offset >= candidates.length)
    return { rows: [], ...count };
  const body = options.withBody === false ? sql`''` : sql.ref('p.body');
  const page = candidates.slice(options.offset, options.offset + limit);
  const rows = await sql<SearchHitRow & { row_id: number | string }>`
    select p.id as row_id, p.entity_kind as kind, p.entity_id as id, p.title, ${body} as body
    from search_documents p where p.id in (${sql.join(page.map((r) => sql`${r.id}`))})`.execute(db);
  const byId = new Map(rows.rows.map((r) => [Number(r.row_id), r]));
  return {
    rows: page.flatMap(({ id, rank }) => {
      const r = byId.get(id);
      return r ? [{ kind: r.kind, id: r.id, title: r.title, body: r.body, rank }] : [];
    }),
    ...count,
  };
}
