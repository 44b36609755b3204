import { type Kysely, sql } from 'kysely';

/**
 * `motions_meeting` (meeting_id) is the first column of two other indexes of motions, `motions_meeting_status`
 * (meeting_id, status) and `motions_meeting_title` (meeting_id, title, id): every lookup by meeting (a meeting's
 * motions, the check behind the meeting's foreign key) is served by either, and the third index only cost every
 * motion written an entry more.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists motions_meeting`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index if not exists motions_meeting on motions (meeting_id)`.execute(db);
}
