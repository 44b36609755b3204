import { type Kysely, sql } from 'kysely';

/**
 * Agenda items and letter attachments by their parent: a reindex of the search entries reads them by meeting or
 * letter id (search-index/sources.ts), once per batch of an import; without an index that read went through
 * every agenda item (or attachment) of every organisation, each batch again.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index agenda_items_meeting on agenda_items (meeting_id, position)`.execute(db);
  await sql`create index letter_attachments_letter on letter_attachments (letter_id, position)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index agenda_items_meeting`.execute(db);
  await sql`drop index letter_attachments_letter`.execute(db);
}
