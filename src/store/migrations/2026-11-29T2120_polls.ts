import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Member polls: the audience (JSON: all members or some provinces), whether results per municipality are
 * published, the resolution the poll informed; one submission per municipality per poll (unique: the database
 * refuses a second); personal links per municipality (hashed codes; the invitation and a reminder each carry one). Portable types (ADR 001).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('polls')
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo('{"kind":"all"}'))
    .execute();
  await db.schema
    .alterTable('polls')
    .addColumn('publish_per_member', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('polls').addColumn('resolution_id', 'text').execute();

  await db.schema
    .createTable('poll_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('responded_at', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addUniqueConstraint('poll_submissions_one_per_member', ['poll_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('poll_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('poll_invitations_member')
    .on('poll_invitations')
    .columns(['poll_id', 'member_id'])
    .execute();

  // The demo and earlier data answered per question: one submission per municipality that answered.
  await sql`insert into poll_submissions (id, organisation_id, poll_id, member_id, responded_at, via)
    select min(id), organisation_id, poll_id, member_id, max(responded_at), 'import'
    from poll_responses group by organisation_id, poll_id, member_id`.execute(db);
  await db.schema.createIndex('polls_resolution').on('polls').column('resolution_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('polls_resolution').execute();
  await db.schema.dropTable('poll_invitations').execute();
  await db.schema.dropTable('poll_submissions').execute();
  for (const column of ['resolution_id', 'publish_per_member', 'audience'])
    await db.schema.alterTable('polls').dropColumn(column).execute();
}
