import { CompiledQuery, type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import {
  INDEX_COLUMN_LIST,
  INDEX_COLUMNS,
  indexRowParameters,
  indexRowValues,
  REPLACE_ON_CONFLICT,
  REPLACE_ON_CONFLICT_TEXT,
} from './rows.js';
import { type SearchDocument, type SearchKind, type SearchTerm, TOKEN } from './types.js';

/** SQLite (FTS5): search_documents holds the rows, the search_fts table their stems under the same rowid. */

/** FTS5 MATCH expression: ("a"* OR "b"*) AND "c" — every token quoted, so no FTS5 syntax can leak in. */
function ftsExpression(terms: SearchTerm[]): string {
  return terms
    .map((t) => `(${t.alternatives.map((a) => `"${a}"${t.prefix ? '*' : ''}`).join(' OR ')})`)
    .join(' AND ');
}

export async function upsertOne(db: Executor, doc: SearchDocument, stems: string, at: string): Promise<void> {
  const row = await sql<{ id: number }>`
    insert into search_documents (${INDEX_COLUMNS}) values ${indexRowValues([{ ...doc, stems }], at)}
    ${REPLACE_ON_CONFLICT}
    returning id`.execute(db);
  const rowid = row.rows[0].id;
  await sql`delete from search_fts where rowid = ${rowid}`.execute(db);
  await sql`insert into search_fts (rowid, stems) values (${rowid}, ${stems})`.execute(db);
  await rememberTerms(db, termsOf([stems]));
}

/** The distinct tokens of `stems` (space-separated, already clean). */
export const termsOf = (stems: string[]): Set<string> =>
  new Set(stems.flatMap((s) => s.split(' ')).filter((s) => s !== ''));

/** Adds `terms` to search_terms, the index's vocabulary (only tokens of [a-z0-9], as in the FTS rows). */
export async function rememberTerms(db: Executor, terms: ReadonlySet<string>): Promise<void> {
  const clean = [...terms].filter((term) => TOKEN.test(term));
  if (clean.length === 0) return;
  await sql`insert or ignore into search_terms (term) select value from json_each(${JSON.stringify(clean)})`.execute(
    db,
  );
}

/**
 * Upserts index rows (stems clean) with their FTS rows (their terms: rememberTerms), in one transaction (the
 * caller's, else its own). The rows go in statements of a few fixed numbers of rows, their SQL written out once per
 * number and prepared once per connection (the statement cache keeps it). The FTS rows are copied from the index
 * rows in SQLite: a new row's AUTOINCREMENT id is above every id before the write, so the rows above the largest
 * id before are the new ones; only when fewer are new than were written are the others looked up by record, their
 * FTS rows replaced.
 */
export async function upsertRows(db: Executor, docs: readonly SearchDocument[], at: string): Promise<void> {
  if (docs.length === 0) return;
  await inTransaction(db, async (trx) => {
    const before = await sql<{ last: number | null }>`select max(id) as last from search_documents`.execute(
      trx,
    );
    const last = Number(before.rows[0]?.last ?? 0);
    for (let i = 0; i < docs.length; ) {
      const size = ROWS_PER_STATEMENT.find((n) => n <= docs.length - i) ?? 1;
      await trx.executeQuery(
        CompiledQuery.raw(upsertStatement(size), indexRowParameters(docs.slice(i, i + size), at)),
      );
      i += size;
    }
    const fresh = await sql<{
      n: number;
    }>`select count(*) as n from search_documents where id > ${last}`.execute(trx);
    if (Number(fresh.rows[0]?.n ?? 0) < docs.length) {
      // Some records had an index row (or one came twice): their rows kept their ids; their FTS rows are replaced.
      const keys = JSON.stringify(docs.map((d) => [d.kind, d.id]));
      const replaced = JSON.stringify(
        (
          await sql<{ id: number }>`select distinct d.id from json_each(${keys}) k
            cross join search_documents d
              on d.entity_kind = json_extract(k.value, '$[0]') and d.entity_id = json_extract(k.value, '$[1]')
            where d.id <= ${last}`.execute(trx)
        ).rows.map((r) => r.id),
      );
      await sql`delete from search_fts where rowid in (select value from json_each(${replaced}))`.execute(
        trx,
      );
      await sql`insert into search_fts (rowid, stems)
        select id, stems from search_documents where id in (select value from json_each(${replaced}))`.execute(
        trx,
      );
    }
    await sql`insert into search_fts (rowid, stems)
      select id, stems from search_documents where id > ${last}`.execute(trx);
  });
}

/**
 * The numbers of rows the statements of upsertRows are written for, largest first: a batch of fewer than 512 rows
 * takes one statement per binary digit of its size (a 176-row batch: 128 + 32 + 16).
 */
const ROWS_PER_STATEMENT = [256, 128, 64, 32, 16, 8, 4, 2, 1];

const STATEMENTS = new Map<number, string>();

/** The upsert of upsertRows for `n` rows (one of ROWS_PER_STATEMENT). */
function upsertStatement(n: number): string {
  let statement = STATEMENTS.get(n);
  if (statement) return statement;
  const values = Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ');
  statement = `insert into search_documents (${INDEX_COLUMN_LIST}) values ${values} ${REPLACE_ON_CONFLICT_TEXT}`;
  STATEMENTS.set(n, statement);
  return statement;
}

export async function deleteFtsOfDocument(db: Executor, kind: SearchKind, id: string): Promise<void> {
  await sql`delete from search_fts where rowid in
      (select id from search_documents where entity_kind = ${kind} and entity_id = ${id})`.execute(db);
}

export async function deleteFtsOfOrganisation(db: Executor, organisationId: string): Promise<void> {
  await sql`delete from search_fts where rowid in
      (select id from search_documents where organisation_id = ${organisationId})`.execute(db);
}

export function matchingIds(organisationId: string, kind: SearchKind, t: SearchTerm[]): Expression<string> {
  return sql<string>`(select d.entity_id from search_fts join search_documents d on d.id = search_fts.rowid
      where search_fts match ${ftsExpression(t)}
        and d.organisation_id = ${organisationId} and d.entity_kind = ${kind})`;
}

/**
 * Whether the record whose id is in `idColumn` matches, for a walk over a register in its own order
 * (docs/adr/019): the record's index row by (kind, id), then
 * - `byStems`: its stems tested for a token of every term (docs/adr/034). The stems are the FTS row's text
 *   (space-separated [a-z0-9] tokens, which unicode61 splits the same way), so this is the match of that row read
 *   from the row itself: ~2 µs a row, for a short walk (a common word's first pages);
 * - else its rowid tested against the match's rowids, read once (~2 ms for a word in 25,000 rows): for a long walk
 *   (a deep page, a rarer match) or one of unknown length (a document's stems can be a whole PDF's).
 */
export function matchesRecord(
  kind: SearchKind,
  t: SearchTerm[],
  idColumn: string,
  byStems = false,
): Expression<SqlBool> {
  if (!byStems)
    return sql<SqlBool>`((select d.id from search_documents d
        where d.entity_kind = ${kind} and d.entity_id = ${sql.ref(idColumn)})
      in (select rowid from search_fts where search_fts match ${ftsExpression(t)}))`;
  const tokens = sql`(' ' || d.stems || ' ')`;
  const term = (x: SearchTerm) =>
    sql`(${sql.join(
      // instr on the stems as they are first (no copy), to pass over most rows cheaply; then the whole token.
      x.alternatives.map(
        (a) => sql`(instr(d.stems, ${a}) > 0 and instr(${tokens}, ${x.prefix ? ` ${a}` : ` ${a} `}) > 0)`,
      ),
      sql` or `,
    )})`;
  return sql<SqlBool>`exists (select 1 from search_documents d
      where d.entity_kind = ${kind} and d.entity_id = ${sql.ref(idColumn)} and ${sql.join(t.map(term), sql` and `)})`;
}

/**
 * How many of the organisation's rows of `kind` match and pass `where` (on `d`, the index row), up to `bound`, and
 * how many index rows the matches read lie in (`span`: from the oldest of them to the newest index row): the FTS
 * index the outer loop newest first, as search's `recentMatches`, stopping after `bound` rows that pass.
 */
export function countMatches(
  organisationId: string,
  kind: SearchKind,
  t: SearchTerm[],
  where: Expression<SqlBool>,
  bound: number,
) {
  return sql<{ n: number | string; span: number | string | null }>`select count(*) as n,
      (select max(id) from search_documents) - min(rowid) + 1 as span from (
      select search_fts.rowid as rowid from search_fts cross join search_documents d on d.id = search_fts.rowid
      where search_fts match ${ftsExpression(t)}
        and d.organisation_id = ${organisationId} and d.entity_kind = ${kind} and ${where}
      order by search_fts.rowid desc limit ${bound}) c`;
}

/** A prefix stands for at most this many tokens of the vocabulary; beyond that FTS5 expands it itself. */
const MAX_EXPANSION = 64;

/**
 * The terms with every prefix replaced by the whole tokens it matches (from search_terms), so FTS5 merges their
 * doclists as it goes and can stop after the newest matches; a prefix with more than MAX_EXPANSION tokens is kept.
 * The same records match: a prefix matches exactly the tokens that start with it.
 */
export async function expandPrefixes(db: Executor, terms: SearchTerm[]): Promise<SearchTerm[]> {
  return Promise.all(
    terms.map(async (term) => {
      if (!term.prefix) return term;
      const tokens = new Set<string>();
      for (const a of term.alternatives) {
        const found = await sql<{ term: string }>`select term from search_terms
            where term >= ${a} and term < ${`${a}\u{10FFFF}`} limit ${MAX_EXPANSION + 1}`.execute(db);
        for (const r of found.rows) tokens.add(r.term);
        if (tokens.size > MAX_EXPANSION) return term;
      }
      return { alternatives: [...tokens], prefix: false };
    }),
  );
}

/**
 * The `limit` newest matches of the organisation's rows of `kinds`, newest first, with their bm25 rank when
 * `ranked` (else 0), none older than rowid `from` when given (FTS5 seeks to it), in one statement: the FTS index gives the matching rowids newest first (and bm25, whose
 * document frequencies are one sequential read of each token's doclist), each is checked against the
 * organisation and kind by its index row's primary key (the row's first columns, not its text), and the
 * statement stops after `limit` rows that pass (docs/adr/032). `cross join` keeps the FTS index the outer loop.
 */
export async function recentMatches(
  db: Executor,
  organisationId: string,
  t: SearchTerm[],
  kinds: readonly SearchKind[],
  limit: number,
  ranked: boolean,
  from?: number,
): Promise<{ id: number; rank: number }[]> {
  const rank = ranked ? sql`-bm25(search_fts)` : sql`0`;
  const since = from === undefined ? sql`` : sql`and search_fts.rowid >= ${from}`;
  const rows = await sql<{ id: number; rank: number }>`
      select search_fts.rowid as id, ${rank} as rank
      from search_fts cross join search_documents d on d.id = search_fts.rowid
      where search_fts match ${ftsExpression(t)} ${since}
        and d.organisation_id = ${organisationId} and d.entity_kind in (${sql.join(kinds.map((k) => sql`${k}`))})
      order by search_fts.rowid desc limit ${limit}`.execute(db);
  return rows.rows.map((r) => ({ id: Number(r.id), rank: Number(r.rank) }));
}
