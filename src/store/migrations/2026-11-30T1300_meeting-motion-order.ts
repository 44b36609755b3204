import type { Kysely } from 'kysely';

/**
 * A meeting's motions in the order its page lists them (title, then id): the page reads the first 100 from this
 * index and stops, instead of sorting every motion of the meeting (thousands in an archive of 100 000) with
 * their submitters (bench/pages.bench.ts, docs/adr/019-bounded-search-lists.md).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('motions_meeting_title')
    .on('motions')
    .columns(['meeting_id', 'title', 'id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('motions_meeting_title').execute();
}
