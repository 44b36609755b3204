import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database.js';
import { listDocuments } from '../../src/store/repositories/documents.js';
import {
  listAmendments,
  listMotionClauses,
  listPreAdvices,
} from '../../src/store/repositories/motion-extras.js';
import { listMotionParts } from '../../src/store/repositories/motions.js';
import { listPollQuestions, listPollResponses } from '../../src/store/repositories/polls.js';
import { listRegistrations } from '../../src/store/repositories/registrations.js';
import { listVotes } from '../../src/store/repositories/votes.js';
import { openStoreFixture, type StoreFixture } from '../store/store-fixture.js';
import { ENGINES } from '../support/engines.js';
import { plansOf } from '../support/query-plans.js';

/**
 * What a page reads by its parent (a motion's clauses, pre-advices, parts, amendments and votes; a meeting's votes;
 * a member's registrations; a poll's questions and responses) and the document and vote lists newest first go
 * through their own index on both engines, not through every row of the table. SQLite is asked in a register without
 * planner statistics (as until its next start), PostgreSQL with sequential scans priced out, so each plan shows
 * whether an index can serve the lookup at all, whatever the table holds now.
 */
describe.each(ENGINES)('query plans of the lookups by parent on %s', (engine) => {
  let t: StoreFixture;
  let org: string;
  const page = { limit: 20, offset: 0 };
  const id = () => randomUUID();

  beforeAll(async () => {
    t = await openStoreFixture(engine);
    org = t.ctx.organisationId;
    if (engine === 'postgres') {
      // Votes of the register's past (of no motion or meeting here), counted by the planner: an empty table's
      // estimates make any index look as good, and PostgreSQL then walks the newest-first index for a motion's votes.
      await sql`insert into votes (id, organisation_id, subject, status, majority, created_at, updated_at)
        select gen_random_uuid()::text, ${org}, 'motion', 'closed', 'simple', now()::text, now()::text
        from generate_series(1, 5000)`.execute(t.db);
      await sql`analyze votes`.execute(t.db);
    }
  }, 60_000);
  afterAll(async () => t?.cleanup());

  /** The plans of `work`, with sequential scans priced out on PostgreSQL (for this transaction only). */
  const plans = (work: (db: Db) => Promise<unknown>) =>
    engine === 'postgres'
      ? t.db.transaction().execute(async (trx) => {
          await sql`set local enable_seqscan = off`.execute(trx);
          return plansOf(trx as unknown as Db, engine, work);
        })
      : plansOf(t.db, engine, work);

  it.each([
    ['a motion’s clauses', 'clauses_motion', (db: Db) => listMotionClauses(db, org, id())],
    ['a motion’s pre-advices', 'pre_advices_motion', (db: Db) => listPreAdvices(db, org, id())],
    ['a motion’s parts', 'motion_parts_motion', (db: Db) => listMotionParts(db, id())],
    [
      'a motion’s amendments',
      'amendments_target',
      (db: Db) => listAmendments(db, org, { kind: 'motion', id: id() }),
    ],
    ['a motion’s votes', 'votes_motion', (db: Db) => listVotes(db, org, { motionId: id() }, page)],
    ['a meeting’s votes', 'votes_meeting', (db: Db) => listVotes(db, org, { meetingId: id() }, page)],
    ['the votes newest first', 'votes_org_created', (db: Db) => listVotes(db, org, {}, page)],
    ['the documents newest first', 'documents_org_created', (db: Db) => listDocuments(db, org, {}, page)],
    [
      'a member’s registrations',
      'registrations_member',
      (db: Db) => listRegistrations(db, org, { memberId: id() }, page),
    ],
    ['a poll’s questions', 'poll_questions_poll', (db: Db) => listPollQuestions(db, org, id())],
    ['a poll’s responses', 'poll_responses_poll', (db: Db) => listPollResponses(db, org, id())],
  ])('reads %s through %s', async (_what, index, work) => {
    const found = await plans(work);
    // The list's first query reads the rows (a count may follow, through the same index).
    expect(found[0], found.join('\n\n')).toMatch(new RegExp(`\\b${index}\\b`));
  });
});
