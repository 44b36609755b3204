import type { Kysely } from 'kysely';

/**
 * Each audit event records a hash of its record's state after the change (canonical JSON of the row), so
 * `audit verify` can tell a row edited in the database without an event. Null for events written before.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_events').addColumn('state_hash', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_events').dropColumn('state_hash').execute();
}
