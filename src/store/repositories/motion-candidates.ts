import type { Executor } from '../database.js';
import { flushWriteBuffer } from '../write-buffer.js';
import type { SubmitterRecord } from './motions.js';

/** What the importer compares to recognise a motion it already has: no counts, no paging, no other columns. */
export type MotionCandidate = {
  id: string;
  title: string;
  body: string | null;
  meetingId: string | null;
  submitters: SubmitterRecord[];
};

export type CandidateScope = { meetingId: string } | { memberId: string };

/**
 * The motions of one meeting, or of one member (as a submitter), newest first as the motion list orders them,
 * with their submitters: two narrow queries, whatever the number of motions.
 */
export async function listMotionCandidates(
  db: Executor,
  organisationId: string,
  scope: CandidateScope,
): Promise<MotionCandidate[]> {
  await flushWriteBuffer(db);
  const ofMember = (member: string) =>
    db.selectFrom('motion_submitters').select('motion_id').where('member_id', '=', member);
  // Found through the meeting's index or by primary key, the organisation checked on the rows: with the
  // organisation in the query, SQLite (no statistics yet in a fresh register) walks the organisation's index of
  // motions by creation to save the sort, reading every motion of the register for each lookup.
  const motions = db.selectFrom('motions').select(['id', 'title', 'body', 'meeting_id', 'organisation_id']);
  const scoped =
    'meetingId' in scope
      ? motions.where('meeting_id', '=', scope.meetingId)
      : motions.where('id', 'in', ofMember(scope.memberId));
  const rows = (await scoped.orderBy('created_at', 'desc').orderBy('id').execute()).filter(
    (row) => row.organisation_id === organisationId,
  );
  if (rows.length === 0) return [];
  let submitters = db
    .selectFrom('motion_submitters')
    .select(['motion_id', 'position', 'member_id', 'name'])
    .where('organisation_id', '=', organisationId);
  submitters =
    'meetingId' in scope
      ? submitters.where(
          'motion_id',
          'in',
          db
            .selectFrom('motions')
            .select('id')
            .where('organisation_id', '=', organisationId)
            .where('meeting_id', '=', scope.meetingId),
        )
      : submitters.where('motion_id', 'in', ofMember(scope.memberId));
  const byMotion = new Map<string, SubmitterRecord[]>();
  for (const s of await submitters.orderBy('motion_id').orderBy('position').execute()) {
    const list = byMotion.get(s.motion_id) ?? [];
    list.push({ position: s.position, memberId: s.member_id, name: s.name });
    byMotion.set(s.motion_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    body: row.body,
    meetingId: row.meeting_id,
    submitters: byMotion.get(row.id) ?? [],
  }));
}

/** The head of the audit trail (0 when empty): it moves with every committed write, by anyone (ADR 015). */
export async function registerHead(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('seq').as('head'))
    .executeTakeFirst();
  return Number(row?.head ?? 0);
}
