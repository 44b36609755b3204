import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../database.js';
import type { SearchDocument, SearchKind, SearchTerm } from './types.js';

/** PostgreSQL (tsvector): search_documents.tsv is generated from the stems, so a row is all there is to write. */

/** tsquery literal: ('a':* | 'b':*) & 'c' — cast with ::tsquery, so the parser never re-tokenises it. */
function tsqueryExpression(terms: SearchTerm[]): string {
  return terms
    .map((t) => `(${t.alternatives.map((a) => `'${a}'${t.prefix ? ':*' : ''}`).join(' | ')})`)
    .join(' & ');
}

export async function upsertOne(db: Executor, doc: SearchDocument, stems: string, at: string): Promise<void> {
  await sql`
      insert into search_documents (organisation_id, entity_kind, entity_id, title, body, stems, updated_at)
      values (${doc.organisationId}, ${doc.kind}, ${doc.id}, ${doc.title}, ${doc.body}, ${stems}, ${at})
      on conflict (entity_kind, entity_id) do update set
        organisation_id = excluded.organisation_id, title = excluded.title, body = excluded.body,
        stems = excluded.stems, updated_at = excluded.updated_at`.execute(db);
}

export function matchingIds(organisationId: string, kind: SearchKind, t: SearchTerm[]): Expression<string> {
  return sql<string>`(select entity_id from search_documents
      where organisation_id = ${organisationId} and entity_kind = ${kind}
        and tsv @@ ${tsqueryExpression(t)}::tsquery)`;
}

/** The from-clause and rank of a ranked query (best match first with ts_rank); newest matches: `recentMatchIds`. */
export function rankedMatch(
  organisationId: string,
  t: SearchTerm[],
  kinds: RawBuilder<unknown>,
): { from: RawBuilder<unknown>; rank: RawBuilder<unknown> } {
  const query = tsqueryExpression(t);
  return {
    from: sql`from search_documents d
      where d.organisation_id = ${organisationId} and d.tsv @@ ${query}::tsquery ${kinds}`,
    rank: sql`ts_rank(d.tsv, ${query}::tsquery)`,
  };
}

/** Whether the record whose id is in `idColumn` matches, for a walk over a register in its own order. */
export function matchesRecord(kind: SearchKind, t: SearchTerm[], idColumn: string): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from search_documents d
      where d.entity_kind = ${kind} and d.entity_id = ${sql.ref(idColumn)}
        and d.tsv @@ ${tsqueryExpression(t)}::tsquery)`;
}

/**
 * How many of the newest index rows the first pass of `recentMatchIds` reads: a word in at least one of
 * every RECENT_WINDOW / limit rows (a common word) is served from this window alone.
 */
export const RECENT_WINDOW = 20_000;

/** How many matches the second pass of `recentMatchIds` reads from the GIN index before it hands over to the walk. */
export const GIN_PASS_CAP = 10_000;

/**
 * The ids of the `limit` most recently indexed matches, newest first. GIN cannot return matches in id order,
 * and given `order by id desc limit n` the planner walks the primary key backwards testing every row: fast for a
 * common word, a walk of the whole table for a rarer one (its matches spread over a million rows: ~1 s), while
 * reading every match from GIN and sorting them costs as much as a common word has matches. So three passes,
 * each bounded: (1) the newest `window` rows, which hold all `limit` newest matches when they hold `limit`
 * matches at all; (2) the matches from the GIN index (materialised, so the planner cannot turn it back into the
 * walk), when there are at most `cap`, sorted; (3) only for a word with more matches than that (at least one
 * row in every table size / cap), the walk backwards, which then meets `limit` matches soon.
 */
export async function recentMatchIds(
  db: Executor,
  organisationId: string,
  t: SearchTerm[],
  kinds: RawBuilder<unknown>,
  limit: number,
  window = RECENT_WINDOW,
  cap = GIN_PASS_CAP,
): Promise<number[]> {
  const query = tsqueryExpression(t);
  const ids = (rows: { id: number | string }[]) => rows.map((r) => Number(r.id));
  const windowed = await sql<{ id: number | string }>`
    select d.id from (
      select id, entity_kind, tsv from search_documents
      where organisation_id = ${organisationId} order by id desc limit ${window}
    ) d
    where d.tsv @@ ${query}::tsquery ${kinds}
    order by d.id desc limit ${limit}`.execute(db);
  if (windowed.rows.length === limit) return ids(windowed.rows);
  const matched = await sql<{ id: number | string; n: number | string }>`
    with m as materialized (
      select d.id from search_documents d
      where d.organisation_id = ${organisationId} and d.tsv @@ ${query}::tsquery ${kinds}
      limit ${cap + 1}
    )
    select id, (select count(*) from m) as n from m order by id desc limit ${limit}`.execute(db);
  if (matched.rows.length === 0 || Number(matched.rows[0].n) <= cap) return ids(matched.rows);
  const walked = await sql<{ id: number | string }>`
    select d.id from search_documents d
    where d.organisation_id = ${organisationId} and d.tsv @@ ${query}::tsquery ${kinds}
    order by d.id desc limit ${limit}`.execute(db);
  return ids(walked.rows);
}
