import type { Kysely } from 'kysely';

/**
 * A remote weighted vote (ledenraadpleging): a vote held over a period instead of in a meeting, one row beside
 * the vote (same id): the first and last day members can vote, and the assembly asked to ratify the result.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('remote_votes')
    .addColumn('id', 'text', (c) => c.primaryKey().references('votes.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('ratification_meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('remote_votes').execute();
}
