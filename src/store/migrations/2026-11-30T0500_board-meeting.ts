import type { Kysely } from 'kysely';

/**
 * The board's meeting that approves a round's proposals (issue 14): staff hear a week before it which
 * entries are still empty. Null means the default, a configured number of days before the assembly.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accountability_rounds').addColumn('board_meeting_date', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accountability_rounds').dropColumn('board_meeting_date').execute();
}
