import { type Kysely, sql } from 'kysely';

/**
 * The full-text index (see src/search). One row per indexed record in `search_documents`, holding its title,
 * body and the pre-stemmed tokens (`stems`, space-separated, each /^[a-z0-9]+$/) computed in JavaScript.
 * SQLite indexes `stems` in a contentless FTS5 table keyed by the row's integer id; PostgreSQL in a generated
 * `simple` tsvector with a GIN index. Both see the same tokens, so both return the same set of results.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter.constructor.name.startsWith('Postgres');
  if (postgres) {
    await sql`
      create table search_documents (
        id bigint generated always as identity primary key,
        organisation_id text not null references organisations(id),
        entity_kind text not null,
        entity_id text not null,
        title text not null,
        body text not null,
        stems text not null,
        updated_at text not null,
        tsv tsvector generated always as (to_tsvector('simple'::regconfig, stems)) stored,
        constraint search_documents_entity unique (entity_kind, entity_id)
      )`.execute(db);
    await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
  } else {
    await sql`
      create table search_documents (
        id integer primary key autoincrement,
        organisation_id text not null references organisations(id),
        entity_kind text not null,
        entity_id text not null,
        title text not null,
        body text not null,
        stems text not null,
        updated_at text not null,
        constraint search_documents_entity unique (entity_kind, entity_id)
      )`.execute(db);
    await sql`
      create virtual table search_fts using fts5(
        stems, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
      )`.execute(db);
  }
  await sql`create index search_documents_org_kind on search_documents (organisation_id, entity_kind)`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter.constructor.name.startsWith('Postgres');
  if (!postgres) await sql`drop table if exists search_fts`.execute(db);
  await sql`drop table if exists search_documents`.execute(db);
}
