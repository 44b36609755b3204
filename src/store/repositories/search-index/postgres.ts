import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../database.js';
import { INDEX_COLUMNS, indexRowValues } from './rows.js';
import type { SearchDocument, SearchHitRow, SearchKind, SearchTerm } from './types.js';

/** PostgreSQL (tsvector): search_documents.tsv is generated from the stems, so a row is all there is to write. */

/** tsquery literal: ('a':* | 'b':*) & 'c' — cast with ::tsquery, so the parser never re-tokenises it. */
function tsqueryExpression(terms: SearchTerm[]): string {
  return terms
    .map((t) => `(${t.alternatives.map((a) => `'${a}'${t.prefix ? ':*' : ''}`).join(' | ')})`)
    .join(' & ');
}

type WrittenRow = { id: number | string; entity_kind: string; entity_id: string };

const keyOf = (kind: string, id: string) => `${kind}\u0000${id}`;

/**
 * Inserts or replaces the index rows of these records with their postings (docs/adr/028, 034). Concurrent
 * writers of one record must take turns: the postings to remove are read from the row's tsvector as the previous
 * writer left it. A row that does not exist yet cannot be locked, so every record is first inserted if it is new
 * (`on conflict do nothing` waits for a concurrent uncommitted insert of the same record, then sees it); only the
 * records that already had a row are then locked, their old postings removed and the row updated. Both steps go
 * in one order (kind, id), so two batches of the same records never wait for each other in a circle. A row that
 * went between the two steps (a concurrent delete) is tried again as new.
 */
export async function upsertRows(db: Executor, docs: SearchDocument[], at: string): Promise<void> {
  const byKey = new Map<string, SearchDocument>();
  for (const d of docs) byKey.set(keyOf(d.kind, d.id), d);
  // In one order, (kind, id): the key's separator sorts before every character.
  let pending = [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, doc]) => doc);
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt === 5) throw new Error('search index: a record kept disappearing while it was written');
    const inserted = await sql<WrittenRow>`
      insert into search_documents (${INDEX_COLUMNS})
      values ${indexRowValues(pending, at)}
      on conflict (entity_kind, entity_id) do nothing
      returning id, entity_kind, entity_id`.execute(db);
    await insertPostings(
      db,
      inserted.rows.map((r) => Number(r.id)),
    );
    const fresh = new Set(inserted.rows.map((r) => keyOf(r.entity_kind, r.entity_id)));
    const existing = pending.filter((d) => !fresh.has(keyOf(d.kind, d.id)));
    if (existing.length === 0) return;
    await deletePostings(
      db,
      sql`(d.entity_kind, d.entity_id) in (${sql.join(existing.map((d) => sql`(${d.kind}, ${d.id})`))})`,
    );
    const updated = await sql<WrittenRow>`
      update search_documents d set
        organisation_id = v.organisation_id, title = v.title, body = v.body, stems = v.stems,
        updated_at = v.updated_at
      from (values ${indexRowValues(existing, at)}) as v(${INDEX_COLUMNS})
      where d.entity_kind = v.entity_kind and d.entity_id = v.entity_id
      returning d.id, d.entity_kind, d.entity_id`.execute(db);
    await insertPostings(
      db,
      updated.rows.map((r) => Number(r.id)),
    );
    const written = new Set(updated.rows.map((r) => keyOf(r.entity_kind, r.entity_id)));
    pending = existing.filter((d) => !written.has(keyOf(d.kind, d.id)));
  }
}

/**
 * Removes the postings (search_postings, docs/adr/028) of the index rows `d` that `where` selects, read from their
 * tsvectors as they are now: call it before those rows change or go.
 */
export async function deletePostings(db: Executor, where: RawBuilder<unknown>): Promise<void> {
  // Lock the rows first (in the writers' one order): a concurrent write of the same record then waits, and the
  // delete below reads its tsvector as that write left it (a new snapshot per statement), so no posting outlives
  // its token.
  await sql`select d.id from search_documents d where ${where}
    order by d.entity_kind, d.entity_id for update`.execute(db);
  await sql`
    delete from search_postings p
    using search_documents d cross join unnest(d.tsv) l
    where ${where} and p.organisation_id = d.organisation_id and p.term = l.lexeme and p.doc_id = d.id`.execute(
    db,
  );
}

/** Writes the postings of the index rows with these ids from their tsvectors (after they were written). */
export async function insertPostings(db: Executor, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`
    insert into search_postings (organisation_id, term, doc_id, entity_kind, tf)
    select d.organisation_id, l.lexeme, d.id, d.entity_kind, coalesce(array_length(l.positions, 1), 1)
    from search_documents d cross join unnest(d.tsv) l
    where d.id = any(${ids}::bigint[])
    on conflict (organisation_id, term, doc_id) do update set entity_kind = excluded.entity_kind, tf = excluded.tf`.execute(
    db,
  );
}

/** Removes every posting of an organisation (before its index rows are deleted for a rebuild). */
export async function deleteOrganisationPostings(db: Executor, organisationId: string): Promise<void> {
  await sql`delete from search_postings where organisation_id = ${organisationId}`.execute(db);
}

export function matchingIds(organisationId: string, kind: SearchKind, t: SearchTerm[]): Expression<string> {
  return sql<string>`(select entity_id from search_documents
      where organisation_id = ${organisationId} and entity_kind = ${kind}
        and tsv @@ ${tsqueryExpression(t)}::tsquery)`;
}

/** Whether the record whose id is in `idColumn` matches, for a walk over a register in its own order. */
export function matchesRecord(kind: SearchKind, t: SearchTerm[], idColumn: string): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from search_documents d
      where d.entity_kind = ${kind} and d.entity_id = ${sql.ref(idColumn)}
        and d.tsv @@ ${tsqueryExpression(t)}::tsquery)`;
}

/** The next string after every string that starts with `prefix` (in C collation; tokens are [a-z0-9]). */
const prefixEnd = (prefix: string) =>
  `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;

/**
 * The terms as the whole tokens of the organisation's postings they stand for, one list per term: a term's
 * alternatives, and for a prefix every token that starts with one, read by a skip scan of the postings' b-tree
 * (one index step per token), every prefix in one statement. Null when a term stands for none (so, every term
 * having to match, nothing matches).
 */
export async function postingTokens(
  db: Executor,
  organisationId: string,
  t: SearchTerm[],
): Promise<string[][] | null> {
  const tokens = t.map((term) => new Set(term.prefix ? [] : term.alternatives));
  const prefixes = t.flatMap((term, i) => (term.prefix ? term.alternatives.map((a) => ({ i, a })) : []));
  if (prefixes.length > 0) {
    const walks = prefixes.map(
      ({ a }, j) => sql`${sql.ref(`v${j}`)}(term) as (
        (select term from search_postings
         where organisation_id = ${organisationId} and term >= ${a} and term < ${prefixEnd(a)}
         order by term limit 1)
        union all
        select (select p.term from search_postings p
                where p.organisation_id = ${organisationId} and p.term > v.term and p.term < ${prefixEnd(a)}
                order by p.term limit 1)
        from ${sql.ref(`v${j}`)} v where v.term is not null)`,
    );
    const found = await sql<{ i: number; term: string }>`with recursive ${sql.join(walks)}
      ${sql.join(
        prefixes.map(
          ({ i }, j) => sql`select ${i}::int as i, term from ${sql.ref(`v${j}`)} where term is not null`,
        ),
        sql` union all `,
      )}`.execute(db);
    for (const r of found.rows) tokens[r.i].add(r.term);
  }
  return tokens.some((k) => k.size === 0) ? null : tokens.map((k) => [...k]);
}

/**
 * `from s0 join s1 … sn`: per term (`tokens[i]`, its tokens) a stream of its postings (`doc_id, term, tf`) newest
 * first, an index-only range scan backwards per token merged by a Merge Append, the terms' streams merge-joined on
 * the index row (`doc_id`), so a reader that stops reads every stream only down to where it stopped.
 * `kindCondition` narrows each scan (`and entity_kind …`).
 */
function joinedStreams(
  organisationId: string,
  tokens: string[][],
  kindCondition: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const stream = (k: string[]) =>
    sql.join(
      k.map(
        (token) => sql`(select doc_id, term, tf from search_postings
          where organisation_id = ${organisationId} and term = ${token} ${kindCondition}
          order by doc_id desc)`,
      ),
      sql` union all `,
    );
  return sql`from (${stream(tokens[0])}) s0 ${sql.join(
    tokens
      .slice(1)
      .map(
        (k, j) =>
          sql`join (${stream(k)}) ${sql.ref(`s${j + 1}`)} on ${sql.ref(`s${j + 1}.doc_id`)} = s0.doc_id`,
      ),
    sql` `,
  )}`;
}

/**
 * The `limit` newest matches of the organisation's rows of `kinds` (all when empty) from the postings
 * (docs/adr/028), newest first: `id` (search_documents.id) and, when `ranked`, `rank`, read from the terms' joined
 * streams (`joinedStreams`) down to the `limit`-th match. A record holding several tokens of a term comes once
 * per token (and per combination across terms): then its rows are grouped
 * as they stream by (in the index row's order), a term's count being the sum of its distinct tokens' counts
 * (the rows repeat each token's count once per combination of the other terms' tokens). The rank is ts_rank's
 * saturation of a term's count, summed over the terms and averaged: a record that says the word more often ranks
 * higher, with diminishing weight.
 */
function newestMatches(
  organisationId: string,
  tokens: string[][],
  kinds: readonly SearchKind[] | undefined,
  limit: number,
  ranked: boolean,
): RawBuilder<{ id: number | string; rank: number }> {
  const kindCondition =
    kinds && kinds.length > 0 ? sql`and entity_kind in (${sql.join(kinds.map((k) => sql`${k}`))})` : sql``;
  const joined = joinedStreams(organisationId, tokens, kindCondition);
  // A term of one token has the same count in each of a record's rows; with one term of several tokens the
  // rows are that term's tokens, each once; only with several such terms do the rows repeat combinations. An
  // aggregate with an order of its own (or distinct) cannot be hashed: the rows are grouped as they stream by,
  // never all read into a hash table first (which the planner prefers for a common word, pricing every row).
  const several = tokens.filter((k) => k.length > 1).length;
  const once = several === 0;
  const counts = sql.join(
    tokens.map((k, i) => {
      const [tf, term] = [sql.ref(`s${i}.tf`), sql.ref(`s${i}.term`)];
      const count = once
        ? tf
        : k.length === 1
          ? sql`max(${tf})`
          : several === 1
            ? sql`sum(${tf} order by ${term})`
            : sql`sum(${tf}) * count(distinct ${term}) / count(*)`;
      return sql`${count} as ${sql.ref(`tf${i}`)}`;
    }),
  );
  const matches = sql`select s0.doc_id as id, ${counts} ${joined}
    ${once ? sql`` : sql`group by s0.doc_id`} order by s0.doc_id desc limit ${limit}`;
  if (!ranked) return sql`select m.id, 0 as rank from (${matches}) m order by m.id desc`;
  const rank = sql.join(
    tokens.map((_, i) => sql`w.saturation[least(${sql.ref(`m.tf${i}`)}, 256) + 1]`),
    sql` + `,
  );
  return sql`select m.id, (${rank}) / ${tokens.length} as rank
    from (${matches}) m cross join (select ${SATURATION}::float8[] as saturation) w order by m.id desc`;
}

/**
 * The `limit` newest matches (search_documents.id) of the organisation's rows of `kinds` (all when empty), newest
 * first, with their rank (`newestMatches`).
 */
export async function recentPostings(
  db: Executor,
  organisationId: string,
  t: SearchTerm[],
  kinds: readonly SearchKind[] | undefined,
  limit: number,
): Promise<{ id: number; rank: number }[]> {
  const tokens = await postingTokens(db, organisationId, t);
  if (!tokens) return [];
  const { rows } = await newestMatches(organisationId, tokens, kinds, limit, true).execute(db);
  return rows.map((r) => ({ id: Number(r.id), rank: Number(r.rank) }));
}

/** How many rows of `kinds` match, read from the newest down and stopping after `bound`. */
export async function countPostings(
  db: Executor,
  organisationId: string,
  t: SearchTerm[],
  kinds: readonly SearchKind[] | undefined,
  bound: number,
): Promise<number> {
  const tokens = await postingTokens(db, organisationId, t);
  if (!tokens) return 0;
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from (${newestMatches(
    organisationId,
    tokens,
    kinds,
    bound,
    false,
  )}) m`.execute(db);
  return Number(rows[0].n);
}

/**
 * One page of a search in one statement after the tokens (docs/adr/048): the candidates are the `bound` newest
 * matches (`newestMatches`, one more read to tell whether more match); when more match than the bound they are in
 * recency order (rank 0), else ranked, best first, ties newest first. `matched` is how many were read (at most
 * bound + 1); the page's title and body are read for its rows only.
 */
export async function searchPage(
  db: Executor,
  organisationId: string,
  t: SearchTerm[],
  options: { kinds?: readonly SearchKind[]; bound: number; offset: number; limit: number; withBody: boolean },
): Promise<{ rows: SearchHitRow[]; matched: number }> {
  const tokens = await postingTokens(db, organisationId, t);
  if (!tokens) return { rows: [], matched: 0 };
  const { bound, offset } = options;
  const limit = Math.max(0, Math.min(options.limit < 0 ? bound : options.limit, bound - offset));
  const body = options.withBody ? sql.ref('p.body') : sql`''`;
  const { rows } = await sql<{
    n: number | string;
    rank: number | null;
    kind: SearchKind | null;
    id: string | null;
    title: string | null;
    body: string | null;
  }>`with m as materialized (${newestMatches(organisationId, tokens, options.kinds, bound + 1, true)}),
      c as (select count(*) as n from m)
    select c.n, page.rank, p.entity_kind as kind, p.entity_id as id, p.title, ${body} as body
    from c left join lateral (
      select m.id, case when c.n > ${bound} then 0 else m.rank end as rank from m
      order by 2 desc, m.id desc offset ${offset} limit ${limit}) page on true
    left join search_documents p on p.id = page.id
    order by page.rank desc, page.id desc`.execute(db);
  return {
    matched: Number(rows[0].n),
    rows: rows.flatMap((r) =>
      r.id === null || r.kind === null
        ? []
        : [{ kind: r.kind, id: r.id, title: r.title ?? '', body: r.body ?? '', rank: Number(r.rank) }],
    ),
  };
}

/**
 * The index rows (search_documents.id) of one kind holding a token of every term, newest first, each once: per
 * term a Merge Append of its tokens' index-only scans, the terms merge-joined on the index row. A reader that
 * stops (a `limit`) reads every stream only down to where it stopped. A record holding several tokens of a term
 * comes once per token: then its rows are grouped as they stream by, with an aggregate of its own order
 * (`count(distinct …)`) that cannot be hashed, for a hash of every posting of a common word reads them all
 * first (ADR 048).
 */
function postingsStream(organisationId: string, kind: SearchKind, tokens: string[][]): RawBuilder<unknown> {
  const once = tokens.every((k) => k.length === 1);
  return sql`select s0.doc_id ${once ? sql`` : sql`, count(distinct s0.term) as tokens`}
    ${joinedStreams(organisationId, tokens, sql`and entity_kind = ${kind}`)}
    ${once ? sql`` : sql`group by s0.doc_id`} order by s0.doc_id desc`;
}

/**
 * The match of one kind's records as a list filter from the postings (docs/adr/032), with `tokens` from
 * `postingTokens`: the ids (every match, for a few) and the bounded count driven from the newest matches down,
 * stopping after `bound`. A record's test stays `matchesRecord` (the row's tsvector): as a probe of the postings
 * the planner turned the concepts' source documents around (test/scale/document-plans.test.ts).
 */
export function postingsFilter(organisationId: string, kind: SearchKind, tokens: string[][]) {
  return {
    // The stream is a materialized CTE: read once and as far as its reader goes, never rescanned per row of a
    // join, whatever the planner estimates (fresh or stale statistics).
    ids: sql<string>`(with s as materialized (${postingsStream(organisationId, kind, tokens)})
      select d.entity_id from s join search_documents d on d.id = s.doc_id
      where d.organisation_id = ${organisationId} and d.entity_kind = ${kind})`,
    count: (where: Expression<SqlBool>, bound: number) =>
      sql<{ n: number | string }>`with s as materialized (${postingsStream(organisationId, kind, tokens)})
        select count(*) as n from (
          select 1 as one from s join search_documents d on d.id = s.doc_id where ${where} limit ${bound}) c`,
  };
}

/**
 * ts_rank's weight of a token said `tf` times, per count 0…256 (counts above 256 weigh as 256): 1/1 + 1/4 + … +
 * 1/tf², scaled to 1 (the sum's limit π²/6). Summed once here, sent with a ranked query as an array.
 */
const SATURATION = (() => {
  const table = [0];
  let sum = 0;
  for (let j = 1; j <= 256; j += 1) {
    sum += 1 / (j * j);
    table.push(sum / (Math.PI ** 2 / 6));
  }
  return table;
})();
