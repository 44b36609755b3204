import { type Kysely, sql } from 'kysely';

/**
 * PostgreSQL only: autovacuum visits search_postings after every 1 % of new rows (at least 10,000) instead of
 * 20 %, so the visibility map catches up with an import soon and the newest matches stay index-only scans
 * (docs/adr/032-search-postings-vacuum-and-list-filters.md). Until a page is marked all-visible, every posting
 * read on it is a heap fetch: at 100,000 motions a query read 5–20 times as slowly until autovacuum came.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  if (!db.getExecutor().adapter.constructor.name.startsWith('Postgres')) return;
  await sql`
    alter table search_postings set (
      autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_insert_threshold = 10000)`.execute(db);
}
