import type { Kysely } from 'kysely';

/**
 * A council's vote by seats and its commitments cycle (issue 16, ADR 017): the council members present at a
 * meeting, their named ballots (one per member, or recorded per faction as a block), and the accountability
 * rounds for commitments (the college proposes to settle or keep each open commitment, the council decides).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('council_attendance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('council_people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('council_attendance_once', ['meeting_id', 'person_id'])
    .execute();
  await db.schema
    .createTable('council_ballots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('vote_id', 'text', (c) => c.notNull().references('votes.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('council_people.id'))
    .addColumn('faction_id', 'text', (c) => c.references('factions.id'))
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('by_faction', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('council_ballots_one_per_person', ['vote_id', 'person_id'])
    .execute();
  await db.schema
    .createTable('commitment_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('commitment_round_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('round_id', 'text', (c) => c.notNull().references('commitment_rounds.id'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('proposal', 'text')
    .addColumn('explanation', 'text')
    .addColumn('decision', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('commitment_round_entries_once', ['round_id', 'agreement_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'commitment_round_entries',
    'commitment_rounds',
    'council_ballots',
    'council_attendance',
  ])
    await db.schema.dropTable(table).execute();
}
