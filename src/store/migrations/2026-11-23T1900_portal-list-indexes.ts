import type { Kysely } from 'kysely';

/**
 * Indexes for the portal's lists (bench/pages.bench.ts, 100 000 motions): the motion list newest first reads
 * (organisation_id, created_at) in order and stops after one page instead of sorting every motion; a meeting's
 * published motions are counted from (meeting_id, status) without reading the table.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('motions_org_created')
    .on('motions')
    .columns(['organisation_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('motions_meeting_status')
    .on('motions')
    .columns(['meeting_id', 'status'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('motions_meeting_status').execute();
  await db.schema.dropIndex('motions_org_created').execute();
}
