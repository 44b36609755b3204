import type { Kysely } from 'kysely';

/**
 * Whether the public screen shows the tally while a vote is open (issue 12, a setting of the meeting). Off by
 * default: the screen shows progress only, and the result once the vote is closed.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('meetings')
    .addColumn('live_tally', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meetings').dropColumn('live_tally').execute();
}
