import { type Kysely, sql } from 'kysely';

/**
 * Organisations of several kinds (ADR 009): the kind of an organisation (vereniging, gemeenteraad,
 * provinciale-staten, waterschap); a council's factions with their seats per term, the people of the council
 * (members, aldermen, the mayor) and their faction memberships with history; and the fields of a commitment
 * (toezegging) on the agreements it is stored with. Portable types (ADR 001).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('vereniging'))
    .execute();
  for (const [name, type] of [
    ['kind', 'text'],
    ['meeting_id', 'text'],
    ['portfolio_holder', 'text'],
    ['fulfilment', 'text'],
    ['fulfilled_on', 'text'],
  ] as const) {
    await db.schema
      .alterTable('agreements')
      .addColumn(name, type, (c) => (name === 'kind' ? c.notNull().defaultTo('agreement') : c))
      .execute();
  }
  await db.schema
    .createTable('factions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('term_start', 'text', (c) => c.notNull())
    .addColumn('term_end', 'text')
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('split_from_id', 'text', (c) => c.references('factions.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('factions_one_name_per_term', ['organisation_id', 'term_start', 'short_name'])
    .execute();
  await db.schema
    .createTable('council_people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('portfolio', 'text')
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('until_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('faction_memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('council_people.id'))
    .addColumn('faction_id', 'text', (c) => c.notNull().references('factions.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('until_date', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index faction_memberships_person on faction_memberships (organisation_id, person_id)`.execute(
    db,
  );
  await sql`create index agreements_kind on agreements (organisation_id, kind)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index agreements_kind`.execute(db);
  await db.schema.dropTable('faction_memberships').execute();
  await db.schema.dropTable('council_people').execute();
  await db.schema.dropTable('factions').execute();
  for (const name of ['fulfilled_on', 'fulfilment', 'portfolio_holder', 'meeting_id', 'kind'])
    await db.schema.alterTable('agreements').dropColumn(name).execute();
  await db.schema.alterTable('organisations').dropColumn('kind').execute();
}
