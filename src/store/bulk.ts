import { sql } from 'kysely';
import type { ClauseKind, MotionStatus, PreAdviceKind } from '../domain/types.js';
import { appendAuditEvent, type WriteContext } from './audit.js';
import { newId, nowIso } from './clock.js';
import type { Executor } from './database.js';
import { isPostgres } from './engine.js';
import { archiveColumns } from './repositories/motions.js';
import type { ClauseRow, MotionRow, MotionSubmitterRow, PreAdviceRow } from './schema.js';
import { inTransaction } from './transaction.js';

export type BulkMotion = {
  id?: string;
  number?: string | null;
  title: string;
  topic?: string | null;
  call?: string | null;
  status: MotionStatus;
  meetingId?: string | null;
  createdAt?: string;
  submitters: { memberId?: string | null; name: string }[];
  /** The board's pre-advice, given when the motion was filed (createdAt). */
  preAdvice?: { advice: PreAdviceKind; text?: string | null };
  /** Its considerations and call as clauses, numbered in order (as an imported motion has them). */
  clauses?: { kind: ClauseKind; text: string }[];
};

/** Rows per multi-row insert: below SQLite's and PostgreSQL's bound-parameter limits for the motions table. */
const BATCH = 500;

/**
 * Inserts many motions with their submitters in batched multi-row inserts, in one transaction, and records ONE
 * audit event for the whole load instead of one per motion. Meant for benchmarks and for loading a large
 * archive into an empty register, where the audited create path (one hash-chained event per row, appended
 * serially) would dominate the run time; everyday writes must use createMotion.
 */
export async function bulkInsertMotions(
  db: Executor,
  ctx: WriteContext,
  motions: BulkMotion[],
): Promise<{ inserted: number }> {
  const result = await insertAll(db, ctx, motions);
  if (!db.isTransaction) await refreshPlannerStatistics(db);
  return result;
}

/** After a large load the planner needs fresh statistics, or it picks scans (see the note in database.ts). */
export async function refreshPlannerStatistics(db: Executor): Promise<void> {
  if (isPostgres(db)) await sql`analyze motions, motion_submitters, pre_advices, clauses`.execute(db);
  else await sql`pragma optimize`.execute(db);
}

async function insertAll(
  db: Executor,
  ctx: WriteContext,
  motions: BulkMotion[],
): Promise<{ inserted: number }> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    for (let i = 0; i < motions.length; i += BATCH) {
      const rows: MotionRow[] = [];
      const submitters: MotionSubmitterRow[] = [];
      const preAdvices: PreAdviceRow[] = [];
      const clauses: ClauseRow[] = [];
      for (const m of motions.slice(i, i + BATCH)) {
        const id = m.id ?? newId();
        rows.push({
          id,
          organisation_id: ctx.organisationId,
          number: m.number ?? null,
          title: m.title,
          topic: m.topic ?? null,
          call: m.call ?? null,
          body: null,
          ...archiveColumns({}),
          status: m.status,
          and_others: 0,
          meeting_id: m.meetingId ?? null,
          agenda_item_id: null,
          submitted_at: null,
          decided_at: null,
          vote_result: null,
          vote_percentage: null,
          by_acclamation: 0,
          published: 1,
          created_at: m.createdAt ?? at,
          updated_at: m.createdAt ?? at,
        });
        for (const [position, s] of m.submitters.entries()) {
          submitters.push({
            id: newId(),
            organisation_id: ctx.organisationId,
            motion_id: id,
            position: position + 1,
            member_id: s.memberId ?? null,
            name: s.name,
          });
        }
        const filed = m.createdAt ?? at;
        if (m.preAdvice)
          preAdvices.push({
            id: newId(),
            organisation_id: ctx.organisationId,
            motion_id: id,
            advice: m.preAdvice.advice,
            text: m.preAdvice.text ?? null,
            given_at: filed,
            created_at: filed,
            updated_at: filed,
          });
        for (const [index, clause] of (m.clauses ?? []).entries())
          clauses.push({
            id: newId(),
            organisation_id: ctx.organisationId,
            resolution_version_id: null,
            motion_id: id,
            section: clause.kind === 'noting' || clause.kind === 'considering' ? 'preamble' : 'operative',
            kind: clause.kind,
            number: index + 1,
            text: clause.text,
            condition_agreement_id: null,
            label: String(index + 1),
            heading: null,
            items: null,
          });
      }
      await trx.insertInto('motions').values(rows).execute();
      for (let j = 0; j < submitters.length; j += BATCH)
        await trx
          .insertInto('motion_submitters')
          .values(submitters.slice(j, j + BATCH))
          .execute();
      for (let j = 0; j < preAdvices.length; j += BATCH)
        await trx
          .insertInto('pre_advices')
          .values(preAdvices.slice(j, j + BATCH))
          .execute();
      for (let j = 0; j < clauses.length; j += BATCH)
        await trx
          .insertInto('clauses')
          .values(clauses.slice(j, j + BATCH))
          .execute();
    }
    await appendAuditEvent(trx, ctx, {
      action: 'motion.bulk-inserted',
      entityKind: 'organisation',
      entityId: ctx.organisationId,
      newValues: { count: motions.length },
    });
    return { inserted: motions.length };
  });
}
