import type { Kysely } from 'kysely';

/**
 * State that used to live in one server process moves into the database, so several processes (or machines) can
 * serve one PostgreSQL (ADR 010): the counters of the rate limiter (login attempts per client address and route)
 * and the uploads that wait between the staff's preview and confirmation. Both are working state, not records:
 * they expire, carry no audit events, and are not part of backups or `db copy`. Portable types (ADR 001); the
 * upload is kept as base64 text so both engines store it the same way.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('resets_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limit_counters_resets')
    .on('rate_limit_counters')
    .column('resets_at_ms')
    .execute();

  await db.schema
    .createTable('upload_previews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('upload_previews_expires').on('upload_previews').column('expires_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('upload_previews').execute();
  await db.schema.dropTable('rate_limit_counters').execute();
}
