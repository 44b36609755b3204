import { type Kysely, sql } from 'kysely';

/**
 * The lookups an import makes for every document of a kind, by what the document names: letters of a date, by
 * reference or by number (written without spaces, lower case); a meeting's resolutions and accountability rounds;
 * a resolution's or letter's agreements. Without these indexes each lookup read the whole table (or the
 * organisation's agreements by due date); found by explaining every query of an import into a fresh register.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index letters_date on letters (organisation_id, date)`.execute(db);
  await sql`create index letters_reference on letters (organisation_id, reference)`.execute(db);
  await sql`create index letters_number_key on letters (organisation_id, (replace(lower(number), ' ', '')))`.execute(
    db,
  );
  await sql`create index resolutions_meeting on resolutions (meeting_id)`.execute(db);
  await sql`create index agreements_resolution on agreements (organisation_id, resolution_id, due_date)`.execute(
    db,
  );
  await sql`create index agreements_letter on agreements (organisation_id, letter_id, due_date)`.execute(db);
  await sql`create index accountability_rounds_meeting on accountability_rounds (meeting_id)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'letters_date',
    'letters_reference',
    'letters_number_key',
    'resolutions_meeting',
    'agreements_resolution',
    'agreements_letter',
    'accountability_rounds_meeting',
  ])
    await sql`drop index ${sql.ref(index)}`.execute(db);
}
