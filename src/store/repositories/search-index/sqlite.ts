import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../database.js';
import type { SearchDocument, SearchKind, SearchTerm } from './types.js';

/** SQLite (FTS5): search_documents holds the rows, the search_fts table their stems under the same rowid. */

/** FTS5 MATCH expression: ("a"* OR "b"*) AND "c" — every token quoted, so no FTS5 syntax can leak in. */
function ftsExpression(terms: SearchTerm[]): string {
  return terms
    .map((t) => `(${t.alternatives.map((a) => `"${a}"${t.prefix ? '*' : ''}`).join(' OR ')})`)
    .join(' AND ');
}

export async function upsertOne(db: Executor, doc: SearchDocument, stems: string, at: string): Promise<void> {
  const row = await sql<{ id: number }>`
    insert into search_documents (organisation_id, entity_kind, entity_id, title, body, stems, updated_at)
    values (${doc.organisationId}, ${doc.kind}, ${doc.id}, ${doc.title}, ${doc.body}, ${stems}, ${at})
    on conflict (entity_kind, entity_id) do update set
      organisation_id = excluded.organisation_id, title = excluded.title, body = excluded.body,
      stems = excluded.stems, updated_at = excluded.updated_at
    returning id`.execute(db);
  const rowid = row.rows[0].id;
  await sql`delete from search_fts where rowid = ${rowid}`.execute(db);
  await sql`insert into search_fts (rowid, stems) values (${rowid}, ${stems})`.execute(db);
}

/** Replaces the FTS rows of the documents an upsert of `chunk` returned. */
export async function replaceFtsRows(
  db: Executor,
  chunk: SearchDocument[],
  upserted: { id: number; entity_kind: string; entity_id: string }[],
): Promise<void> {
  const stems = new Map(chunk.map((d) => [`${d.kind} ${d.id}`, d.stems]));
  const rows = upserted.map((r) => ({
    id: r.id,
    stems: stems.get(`${r.entity_kind} ${r.entity_id}`) ?? '',
  }));
  await sql`delete from search_fts where rowid in (${sql.join(rows.map((r) => sql`${r.id}`))})`.execute(db);
  await sql`insert into search_fts (rowid, stems) values ${sql.join(rows.map((r) => sql`(${r.id}, ${r.stems})`))}`.execute(
    db,
  );
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

/** The from-clause, rank and recency order (search_documents.id, which SQLite's FTS rowid equals) of a ranked query (best match first with bm25). */
export function rankedMatch(
  organisationId: string,
  t: SearchTerm[],
  kinds: RawBuilder<unknown>,
): { from: RawBuilder<unknown>; rank: RawBuilder<unknown>; recency: RawBuilder<unknown> } {
  return {
    from: sql`from search_fts join search_documents d on d.id = search_fts.rowid
      where search_fts match ${ftsExpression(t)} and d.organisation_id = ${organisationId} ${kinds}`,
    rank: sql`-bm25(search_fts)`,
    recency: sql`search_fts.rowid`,
  };
}

/**
 * Whether the record whose id is in `idColumn` matches, for a walk over a register in its own order: the
 * record's index row by (kind, id), its rowid tested against the match's rowids (read once from the doclist).
 */
export function matchesRecord(kind: SearchKind, t: SearchTerm[], idColumn: string): Expression<SqlBool> {
  return sql<SqlBool>`((select d.id from search_documents d
      where d.entity_kind = ${kind} and d.entity_id = ${sql.ref(idColumn)})
    in (select rowid from search_fts where search_fts match ${ftsExpression(t)}))`;
}
