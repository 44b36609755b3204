import type { Kysely } from 'kysely';

/**
 * The durable outbox: every outgoing e-mail is first a row here, written in the transaction of the change that
 * causes it, then sent by a worker (src/services/outbox). `idempotency_key` is unique per organisation, so a
 * message generated twice (a reminder job that runs again) is stored once; `message_id` is derived from it and
 * stays the same on every attempt. Opt-outs record the unsubscribe links that were used. Portable types (ADR 001).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outbox_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('recipient_email', 'text')
    .addColumn('recipient_name', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('unsubscribe_token_hash', 'text')
    .addColumn('entity_kind', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outbox_messages_key', ['organisation_id', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('outbox_messages_due')
    .on('outbox_messages')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('outbox_messages_entity')
    .on('outbox_messages')
    .columns(['entity_kind', 'entity_id'])
    .execute();
  await db.schema
    .createIndex('outbox_messages_unsubscribe')
    .on('outbox_messages')
    .columns(['unsubscribe_token_hash'])
    .execute();

  await db.schema
    .createTable('email_opt_outs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('email_opt_outs_one', ['organisation_id', 'email', 'category'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('email_opt_outs').execute();
  await db.schema.dropTable('outbox_messages').execute();
}
