import type { Kysely } from 'kysely';

/**
 * Invitations to co-submit a motion (mede-indienen): the first submitter's municipality invites another, which
 * confirms or declines from its own workspace; only a confirmed invitation makes it a submitter. One row per
 * motion and invited member. Portable types (ADR 001).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('motion_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('motion_id', 'text', (c) => c.notNull().references('motions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('invited_by_member_id', 'text', (c) => c.references('members.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addUniqueConstraint('motion_invitations_one_per_member', ['motion_id', 'member_id'])
    .execute();
  await db.schema
    .createIndex('motion_invitations_by_member')
    .on('motion_invitations')
    .columns(['organisation_id', 'member_id', 'status'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('motion_invitations').execute();
}
