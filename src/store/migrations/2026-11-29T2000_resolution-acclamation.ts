import type { Kysely } from 'kysely';

/**
 * Adoption by acclamation is a fact of the resolution, stored as such (0/1 like the motions' column), so no
 * reader has to recognise it in the published wording. Rows written before this column existed carried the fact
 * only in that wording; it is carried over once, here.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('resolutions')
    .addColumn('by_acclamation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db
    .updateTable('resolutions')
    .set({ by_acclamation: 1 })
    .where('vote_result', '=', 'akkoord bij acclamatie')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('resolutions').dropColumn('by_acclamation').execute();
}
