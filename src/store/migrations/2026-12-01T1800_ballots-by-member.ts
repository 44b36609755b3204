import { type Kysely, sql } from 'kysely';

/**
 * A member's ballots newest first (the member's page and workspace): without this index the lookup read every ballot
 * of the register (PostgreSQL) or every vote with a probe into its ballots (SQLite), where one ballot per member per
 * vote makes ballots the largest table of the voting (342 members, hundreds of votes a year). Found by a crawl of the
 * portal on PostgreSQL with every statement explained (docs/benchmarks.md).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index ballots_member on ballots (member_id, cast_at)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index ballots_member`.execute(db);
}
