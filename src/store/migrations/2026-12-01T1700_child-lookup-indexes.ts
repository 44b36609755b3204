import { type Kysely, sql } from 'kysely';

/**
 * The rows a page reads by their parent, and two lists newest first. Without these a motion's page read every
 * clause, pre-advice, part, amendment and vote of the register to find the motion's own (at 100,000 imported motions
 * some 65,000 pre-advices and 50,000 clauses, on every request), a meeting's votes every vote, a member's page
 * every registration, a poll's questions and results every question and response; the document and vote lists sorted the whole table for a
 * page. Found by explaining every query of a crawl of the portal, the staff pages and the API (docs/benchmarks.md).
 */
const INDEXES: [name: string, table: string, columns: string][] = [
  ['clauses_motion', 'clauses', 'motion_id, number'],
  ['pre_advices_motion', 'pre_advices', 'motion_id, given_at'],
  ['motion_parts_motion', 'motion_parts', 'motion_id, number'],
  ['amendments_target', 'amendments', 'target_id, target_kind'],
  ['votes_motion', 'votes', 'motion_id, created_at'],
  ['votes_meeting', 'votes', 'meeting_id, created_at'],
  ['votes_org_created', 'votes', 'organisation_id, created_at, id'],
  ['documents_org_created', 'documents', 'organisation_id, created_at, id'],
  ['registrations_member', 'registrations', 'member_id'],
  ['poll_responses_poll', 'poll_responses', 'poll_id'],
  ['poll_questions_poll', 'poll_questions', 'poll_id, position'],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await sql`create index ${sql.ref(name)} on ${sql.table(table)} (${sql.raw(columns)})`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of INDEXES) await sql`drop index ${sql.ref(name)}`.execute(db);
}
