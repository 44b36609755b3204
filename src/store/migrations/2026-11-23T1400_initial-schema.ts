import type { CreateTableBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * The whole schema, portable across SQLite and PostgreSQL: ids are UUID text, dates are ISO text
 * ('YYYY-MM-DD'), timestamps are ISO-8601 UTC text, booleans are 0/1 integers and JSON is text.
 * One representation on both engines keeps `db copy` and `backup` exact (see docs/adr/001).
 */
// biome-ignore lint/suspicious/noExplicitAny: column names are checked by the migration tests, not the compiler
type Table = CreateTableBuilder<string, any>;

const timestamps = (t: Table): Table =>
  t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());

const scoped = (t: Table): Table =>
  t
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'));

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  const table = (name: string) => db.schema.createTable(name);

  await table('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('settings', 'text', (c) => c.notNull())
    .$call(timestamps)
    .execute();

  await table('members')
    .$call(scoped)
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('province', 'text')
    .addColumn('inhabitants', 'integer')
    .addColumn('seats', 'integer')
    .addColumn('population_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('merged_into_id', 'text')
    .addColumn('ceased_on', 'text')
    .$call(timestamps)
    .addUniqueConstraint('members_org_code', ['organisation_id', 'code'])
    .execute();

  await table('documents')
    .$call(scoped)
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_path', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text')
    .$call(timestamps)
    .addUniqueConstraint('documents_org_hash', ['organisation_id', 'content_hash'])
    .execute();

  await table('meetings')
    .$call(scoped)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('place', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reference_date', 'text')
    .$call(timestamps)
    .execute();

  await table('agenda_items')
    .$call(scoped)
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .$call(timestamps)
    .execute();

  await table('motions')
    .$call(scoped)
    .addColumn('number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('call', 'text')
    .addColumn('body', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('and_others', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('agenda_item_id', 'text', (c) => c.references('agenda_items.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('vote_result', 'text')
    .addColumn('vote_percentage', 'double precision')
    .addColumn('by_acclamation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
    .$call(timestamps)
    .execute();

  await table('motion_submitters')
    .$call(scoped)
    .addColumn('motion_id', 'text', (c) => c.notNull().references('motions.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.references('members.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('motion_submitters_pos', ['motion_id', 'position'])
    .execute();

  await table('motion_parts')
    .$call(scoped)
    .addColumn('motion_id', 'text', (c) => c.notNull().references('motions.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('vote_result', 'text')
    .addColumn('vote_percentage', 'double precision')
    .addColumn('by_acclamation', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(timestamps)
    .execute();

  await table('motion_transitions')
    .$call(scoped)
    .addColumn('motion_id', 'text', (c) => c.notNull().references('motions.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('meeting_id', 'text')
    .addColumn('vote_id', 'text')
    .addColumn('round_id', 'text')
    .addColumn('reason', 'text')
    .execute();

  await table('amendments')
    .$call(scoped)
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('submitters', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .$call(timestamps)
    .execute();

  await table('pre_advices')
    .$call(scoped)
    .addColumn('motion_id', 'text', (c) => c.notNull().references('motions.id'))
    .addColumn('advice', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('given_at', 'text', (c) => c.notNull())
    .$call(timestamps)
    .execute();

  await table('resolutions')
    .$call(scoped)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('agenda_item_id', 'text', (c) => c.references('agenda_items.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('vote_result', 'text')
    .addColumn('vote_percentage', 'double precision')
    .addColumn('adopted_version_id', 'text')
    .$call(timestamps)
    .execute();

  await table('resolution_versions')
    .$call(scoped)
    .addColumn('resolution_id', 'text', (c) => c.notNull().references('resolutions.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text')
    .addColumn('published_at', 'text')
    .$call(timestamps)
    .addUniqueConstraint('resolution_versions_number', ['resolution_id', 'number'])
    .execute();

  await table('agreements')
    .$call(scoped)
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('party', 'text')
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text')
    .addColumn('consultation_id', 'text')
    .addColumn('letter_id', 'text')
    .addColumn('resolution_id', 'text')
    .$call(timestamps)
    .execute();

  await table('clauses')
    .$call(scoped)
    .addColumn('resolution_version_id', 'text', (c) => c.references('resolution_versions.id'))
    .addColumn('motion_id', 'text', (c) => c.references('motions.id'))
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('condition_agreement_id', 'text', (c) => c.references('agreements.id'))
    .execute();

  await table('letters')
    .$call(scoped)
    .addColumn('reference', 'text')
    .addColumn('number', 'text')
    .addColumn('date', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('addressees', 'text')
    .addColumn('body', 'text')
    .$call(timestamps)
    .execute();

  await table('letter_attachments')
    .$call(scoped)
    .addColumn('letter_id', 'text', (c) => c.notNull().references('letters.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .execute();

  await table('accountability_rounds')
    .$call(scoped)
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('letter_id', 'text', (c) => c.references('letters.id'))
    .addColumn('agenda_item_id', 'text', (c) => c.references('agenda_items.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('proposal_text', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .$call(timestamps)
    .execute();

  await table('accountability_entries')
    .$call(scoped)
    .addColumn('round_id', 'text', (c) => c.notNull().references('accountability_rounds.id'))
    .addColumn('motion_id', 'text', (c) => c.notNull().references('motions.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('group_label', 'text')
    .addColumn('text', 'text')
    .addColumn('proposal', 'text')
    .addColumn('condition', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('decision', 'text')
    .addColumn('decided_at', 'text')
    .$call(timestamps)
    .addUniqueConstraint('accountability_entries_motion', ['round_id', 'motion_id'])
    .execute();

  await table('consultations')
    .$call(scoped)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('parties', 'text')
    .addColumn('outcomes', 'text')
    .$call(timestamps)
    .execute();

  await table('polls')
    .$call(scoped)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('opens_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .$call(timestamps)
    .execute();

  await table('poll_questions')
    .$call(scoped)
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .execute();

  await table('poll_responses')
    .$call(scoped)
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id'))
    .addColumn('question_id', 'text', (c) => c.notNull().references('poll_questions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('poll_responses_one', ['question_id', 'member_id'])
    .execute();

  await table('registrations')
    .$call(scoped)
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('member_id', 'text', (c) => c.references('members.id'))
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('wishes', 'text')
    .$call(timestamps)
    .execute();

  await table('votes')
    .$call(scoped)
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('agenda_item_id', 'text', (c) => c.references('agenda_items.id'))
    .addColumn('motion_id', 'text', (c) => c.references('motions.id'))
    .addColumn('motion_part_id', 'text', (c) => c.references('motion_parts.id'))
    .addColumn('resolution_id', 'text', (c) => c.references('resolutions.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('majority', 'text', (c) => c.notNull())
    .addColumn('by_acclamation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('result', 'text')
    .addColumn('opened_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('published_at', 'text')
    .$call(timestamps)
    .execute();

  await table('ballots')
    .$call(scoped)
    .addColumn('vote_id', 'text', (c) => c.notNull().references('votes.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ballots_one_per_member', ['vote_id', 'member_id'])
    .execute();

  await table('users')
    .$call(scoped)
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.references('members.id'))
    .addColumn('password_hash', 'text')
    .addColumn('disabled_at', 'text')
    .$call(timestamps)
    .addUniqueConstraint('users_org_email', ['organisation_id', 'email'])
    .execute();

  await table('api_tokens')
    .$call(scoped)
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await table('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await table('provenance')
    .$call(scoped)
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('entity_kind', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('from_line', 'integer')
    .addColumn('to_line', 'integer')
    .addColumn('page', 'integer')
    .execute();

  await table('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_kind', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('old_values', 'text')
    .addColumn('new_values', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  const indexes: [string, string, string[]][] = [
    ['motions_org_status', 'motions', ['organisation_id', 'status', 'created_at']],
    ['motions_meeting', 'motions', ['meeting_id']],
    ['motions_topic', 'motions', ['organisation_id', 'topic']],
    ['motion_submitters_member', 'motion_submitters', ['member_id']],
    ['motion_transitions_motion', 'motion_transitions', ['motion_id']],
    ['accountability_entries_motion_idx', 'accountability_entries', ['motion_id']],
    ['agreements_due', 'agreements', ['organisation_id', 'due_date']],
    ['meetings_date', 'meetings', ['organisation_id', 'date']],
    ['audit_entity', 'audit_events', ['entity_kind', 'entity_id']],
    ['provenance_entity', 'provenance', ['entity_kind', 'entity_id']],
    ['clauses_version', 'clauses', ['resolution_version_id']],
  ];
  for (const [name, on, columns] of indexes) {
    await db.schema.createIndex(name).on(on).columns(columns).execute();
  }
  await sql`select 1`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    'audit_events',
    'provenance',
    'sessions',
    'api_tokens',
    'users',
    'ballots',
    'votes',
    'registrations',
    'poll_responses',
    'poll_questions',
    'polls',
    'consultations',
    'accountability_entries',
    'accountability_rounds',
    'letter_attachments',
    'letters',
    'clauses',
    'agreements',
    'resolution_versions',
    'resolutions',
    'pre_advices',
    'amendments',
    'motion_transitions',
    'motion_parts',
    'motion_submitters',
    'motions',
    'agenda_items',
    'meetings',
    'documents',
    'members',
    'organisations',
  ];
  for (const t of tables) await db.schema.dropTable(t).execute();
}
