import type { Kysely } from 'kysely';

/**
 * Followers of a motion: an e-mail address that asked to hear of the motion's status changes, with the hash of
 * its confirmation code and when it was confirmed (only confirmed addresses get messages). Portable types (ADR 001).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('motion_follows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('motion_id', 'text', (c) => c.notNull().references('motions.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('confirm_code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('confirmed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('motion_follows_one_per_address', ['organisation_id', 'motion_id', 'email'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('motion_follows').execute();
}
