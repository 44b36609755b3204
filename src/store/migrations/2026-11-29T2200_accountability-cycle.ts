import type { Kysely } from 'kysely';

/**
 * The accountability cycle (issue 11): the assembly's vote on the accountability as a whole is kept on the
 * round ("aangenomen met 97,63%", or by acclamation), with the date of the meeting that decided; the report
 * carries its own date (the cover says when it was written).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accountability_rounds').addColumn('vote_result', 'text').execute();
  await db.schema
    .alterTable('accountability_rounds')
    .addColumn('vote_percentage', 'double precision')
    .execute();
  await db.schema
    .alterTable('accountability_rounds')
    .addColumn('by_acclamation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('accountability_rounds').addColumn('decided_on', 'text').execute();
  await db.schema.alterTable('accountability_rounds').addColumn('report_date', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['report_date', 'decided_on', 'by_acclamation', 'vote_percentage', 'vote_result'])
    await db.schema.alterTable('accountability_rounds').dropColumn(column).execute();
}
