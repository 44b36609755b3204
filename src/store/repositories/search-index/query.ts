import { type Expression, type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../database.js';
import { isPostgres } from './engine.js';
import * as postgres from './postgres.js';
import * as sqlite from './sqlite.js';
import { cleanTerms, type SearchHitRow, type SearchKind, type SearchTerm } from './types.js';

function kindFilter(kinds: readonly SearchKind[] | undefined, column: string): RawBuilder<unknown> {
  if (!kinds || kinds.length === 0) return sql``;
  return sql`and ${sql.ref(column)} in (${sql.join(kinds.map((k) => sql`${k}`))})`;
}

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

/** All matching ids of one kind, best match first. */
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
 * One page of matches (best first: bm25 on SQLite, ts_rank on PostgreSQL) and the total number. The total comes
 * from a window count in the same query, so the full-text match runs once; a page past the end counts apart.
 */
export async function querySearchDocuments(
  db: Executor,
  organisationId: string,
  terms: SearchTerm[],
  options: { kinds?: readonly SearchKind[]; limit: number; offset: number; withBody?: boolean },
): Promise<{ rows: SearchHitRow[]; total: number }> {
  const t = cleanTerms(terms);
  if (t.length === 0) return { rows: [], total: 0 };
  const body = options.withBody === false ? sql`''` : sql.ref('d.body');
  const all = options.limit < 0;
  const page = all ? sql`` : sql`limit ${options.limit} offset ${options.offset}`;
  const kinds = kindFilter(options.kinds, 'd.entity_kind');
  const { from, rank } = (isPostgres(db) ? postgres : sqlite).rankedMatch(organisationId, t, kinds);
  // bm25() may not sit next to a window function, hence the derived table.
  const result = await sql<SearchHitRow & { total: number | string }>`
    select m.*, count(*) over () as total from (
      select d.entity_kind as kind, d.entity_id as id, d.title, ${body} as body, ${rank} as rank ${from}
    ) m
    order by m.rank desc, m.kind, m.id
    ${page}`.execute(db);
  const rows = result.rows.map(({ total: _, ...r }) => ({ ...r, rank: Number(r.rank) }));
  let total = result.rows.length > 0 ? Number(result.rows[0].total) : 0;
  if (result.rows.length === 0 && options.offset > 0)
    total = Number((await sql<{ n: number | string }>`select count(*) as n ${from}`.execute(db)).rows[0].n);
  return { rows, total };
}
