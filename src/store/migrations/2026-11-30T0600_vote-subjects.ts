import type { Kysely } from 'kysely';

/**
 * What a vote can be on besides a motion, a part or a resolution (issue 12): an amendment, the board's
 * pre-advice on a motion, the accountability round as a whole; and a ballot with alternatives
 * ("bestuursvoorstel / geamendeerd voorstel / tegen / onthouding"), stored as JSON [{key, label}].
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('votes').addColumn('amendment_id', 'text').execute();
  await db.schema.alterTable('votes').addColumn('pre_advice_id', 'text').execute();
  await db.schema.alterTable('votes').addColumn('round_id', 'text').execute();
  await db.schema.alterTable('votes').addColumn('alternatives', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['alternatives', 'round_id', 'pre_advice_id', 'amendment_id'])
    await db.schema.alterTable('votes').dropColumn(column).execute();
}
