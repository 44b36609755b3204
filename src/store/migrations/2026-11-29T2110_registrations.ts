import type { Kysely } from 'kysely';

/**
 * Registrations for meetings and events: a status (confirmed, waiting, cancelled) with the waiting list in order
 * of registration, the person's role, a hashed personal cancel code, and the moment the personal data was erased
 * (GDPR). Per meeting: whether registration is open and its capacity. Portable types (ADR 001).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('registrations')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('confirmed'))
    .execute();
  await db.schema.alterTable('registrations').addColumn('role', 'text').execute();
  await db.schema.alterTable('registrations').addColumn('cancel_code_hash', 'text').execute();
  await db.schema.alterTable('registrations').addColumn('cancelled_at', 'text').execute();
  await db.schema.alterTable('registrations').addColumn('erased_at', 'text').execute();
  await db.schema
    .createIndex('registrations_meeting_status')
    .on('registrations')
    .columns(['meeting_id', 'status', 'created_at'])
    .execute();

  await db.schema
    .createTable('registration_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().unique().references('meetings.id'))
    .addColumn('open', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('capacity', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('registration_settings').execute();
  await db.schema.dropIndex('registrations_meeting_status').execute();
  for (const column of ['erased_at', 'cancelled_at', 'cancel_code_hash', 'role', 'status'])
    await db.schema.alterTable('registrations').dropColumn(column).execute();
}
