import { type Kysely, sql } from 'kysely';

/**
 * SQLite only: every token the full-text index has held, so a prefix term ("jeugdzorg" finds
 * "jeugdzorgkost") is looked up as the few whole tokens it stands for. FTS5 answers a prefix query by merging
 * the doclists of all its tokens in memory before it returns a first row, so a common word cost as much as its
 * matches however few were wanted (docs/adr/023-search-candidates-without-full-doclists.md). PostgreSQL's GIN
 * index answers a prefix itself: nothing to do there.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter.constructor.name.startsWith('Postgres')) return;
  await sql`create table search_terms (term text primary key) without rowid`.execute(db);
  await sql`create virtual table temp.search_fts_vocabulary using fts5vocab(main, search_fts, row)`.execute(
    db,
  );
  await sql`insert into search_terms (term) select term from temp.search_fts_vocabulary`.execute(db);
  await sql`drop table temp.search_fts_vocabulary`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter.constructor.name.startsWith('Postgres')) return;
  await sql`drop table search_terms`.execute(db);
}
