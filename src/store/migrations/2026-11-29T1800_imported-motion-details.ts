import type { Kysely } from 'kysely';

/**
 * What the archive's documents say about a motion beyond its title and clauses (issue 10.3): the
 * explanation (toelichting), the body and procedure before the clauses, the closing formula, the signatories
 * with their party, the meeting of another body it was submitted to (council, provincial states …, with place
 * and agenda item), and a monitor's portfolio holder, due date, date settled and state of affairs. Clauses keep
 * their source numbering ("1"–"6", "b"), their heading and their nested items; a resolution version keeps its
 * introduction; an amendment read from a document names what it changes and its meeting.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of [
    'explanation',
    'introduction',
    'closing',
    'signatories',
    'source_meeting',
    'portfolio_holder',
    'due_date',
    'settled_on',
    'progress',
  ])
    await db.schema.alterTable('motions').addColumn(column, 'text').execute();
  for (const column of ['label', 'heading', 'items'])
    await db.schema.alterTable('clauses').addColumn(column, 'text').execute();
  await db.schema.alterTable('resolution_versions').addColumn('introduction', 'text').execute();
  await db.schema.alterTable('amendments').addColumn('target_title', 'text').execute();
  await db.schema.alterTable('amendments').addColumn('meeting_id', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['meeting_id', 'target_title'])
    await db.schema.alterTable('amendments').dropColumn(column).execute();
  await db.schema.alterTable('resolution_versions').dropColumn('introduction').execute();
  for (const column of ['items', 'heading', 'label'])
    await db.schema.alterTable('clauses').dropColumn(column).execute();
  for (const column of [
    'progress',
    'settled_on',
    'due_date',
    'portfolio_holder',
    'source_meeting',
    'signatories',
    'closing',
    'introduction',
    'explanation',
  ])
    await db.schema.alterTable('motions').dropColumn(column).execute();
}
