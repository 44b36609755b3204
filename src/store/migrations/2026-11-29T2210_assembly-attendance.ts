import type { Kysely } from 'kysely';

/**
 * The live assembly (issue 12): who is present at a meeting and for which municipality, and the weights the
 * meeting votes with. `attendances` has one row per member per meeting (the card of that municipality: who
 * holds it now, since when, whether it left). `meeting_weights` freezes the weight of every member from the
 * organisation's rule when the meeting first needs them, so a later change of the population table or of the
 * rule does not change the weights of a meeting that has been held (see docs/adr/008-live-assembly.md).
 * Ballots already had one row per member per vote (`ballots_one_per_member`).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attendances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('representative', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('registered_by', 'text', (c) => c.notNull())
    .addColumn('arrived_at', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('attendances_one_per_member', ['meeting_id', 'member_id'])
    .execute();
  await db.schema
    .createTable('meeting_weights')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('reference_date', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('eligible_weight', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('meeting_weights_one_per_meeting', ['meeting_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_weights').execute();
  await db.schema.dropTable('attendances').execute();
}
