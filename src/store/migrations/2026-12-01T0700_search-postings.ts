import { type Kysely, sql } from 'kysely';

/**
 * PostgreSQL only: the text index's postings in a b-tree we own, one row per (organisation, token, index row),
 * with the record's kind and the token's count in it (docs/adr/028-search-postings.md). GIN cannot return
 * matches newest first, so search read the newest rows' tsvectors or every match from the heap; the b-tree gives
 * the newest matches of a token by an index-only range scan. Filled here from the tsvectors of the rows indexed
 * before it; kept by every index write (src/store/repositories/search-index/write.ts). SQLite's FTS5 index
 * already returns matches by rowid, newest first: nothing to do there.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  if (!db.getExecutor().adapter.constructor.name.startsWith('Postgres')) return;
  await sql`
    create table search_postings (
      organisation_id text not null,
      term text collate "C" not null,
      doc_id bigint not null,
      entity_kind text not null,
      tf integer not null
    )`.execute(db);
  await fillSearchPostings(db);
}

/**
 * Fills the empty, unkeyed `search_postings` from the tsvectors of the text index, then builds its key: far
 * quicker than keeping the key during the bulk insert. Also used by bench/scale.bench.ts after its bulk seed.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function fillSearchPostings(db: Kysely<any>): Promise<void> {
  await sql`
    insert into search_postings (organisation_id, term, doc_id, entity_kind, tf)
    select d.organisation_id, l.lexeme, d.id, d.entity_kind, coalesce(array_length(l.positions, 1), 1)
    from search_documents d cross join unnest(d.tsv) l`.execute(db);
  await sql`
    alter table search_postings add constraint search_postings_pkey
      primary key (organisation_id, term, doc_id) include (entity_kind, tf)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  if (!db.getExecutor().adapter.constructor.name.startsWith('Postgres')) return;
  await sql`drop table if exists search_postings`.execute(db);
}
