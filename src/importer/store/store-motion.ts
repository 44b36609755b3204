import type {
  ClauseKind,
  ClauseSection,
  MotionPartStatus,
  MotionStatus,
  PreAdviceKind,
} from '../../domain/index.js';
import {
  addMotionClauses,
  addMotionPart,
  addPreAdvice,
  listMotionClauses,
  listPreAdvices,
  updateMotionPart,
} from '../../store/repositories/motion-extras.js';
import {
  createMotion,
  type MotionChanges,
  type MotionWithSubmitters,
  recordMotionTransition,
  updateMotion,
} from '../../store/repositories/motions.js';
import type { MeetingRef, MotionRecord, VoteResult } from '../types.js';
import { wordImportedResult } from '../vote-results.js';
import { type ImportContext, momentOf } from './import-context.js';
import { statusPath, targetStatus } from './status-path.js';

const PRE_ADVICE: Record<string, PreAdviceKind> = {
  overnemen: 'adopt',
  aannemen: 'adopt',
  ontraden: 'advise-against',
  verwerpen: 'advise-against',
  'oordeel vergadering': 'assembly-judgement',
  aanhouden: 'postpone',
};
const PART_STATUS: Record<VoteResult, MotionPartStatus> = {
  aangenomen: 'adopted',
  verworpen: 'rejected',
  aangehouden: 'postponed',
  ingetrokken: 'withdrawn',
  afgedaan: 'adopted',
};

export type StoreMotionOptions = { meeting: MeetingRef | null; held?: boolean };

const section = (kind: ClauseKind): ClauseSection =>
  kind === 'noting' || kind === 'considering' ? 'preamble' : 'operative';

/** Walk the motion through the lifecycle to the status the document states, back-dated to the meeting. */
async function moveTo(
  ic: ImportContext,
  motion: MotionWithSubmitters,
  record: MotionRecord,
  to: MotionStatus,
  date: string | null,
) {
  const path = statusPath(motion.status, to);
  if (path === null) return false;
  let from = motion.status;
  for (const step of path) {
    const decided =
      ['adopted', 'rejected', 'postponed', 'withdrawn'].includes(step) && record.result !== null;
    await recordMotionTransition(ic.trx, ic.writer, {
      motionId: motion.id,
      from,
      to: step,
      at: step === 'held' || step === 'settled' ? undefined : momentOf(date),
      meetingId: step === 'held' || step === 'settled' ? null : motion.meetingId,
      reason: `Geïmporteerd uit ${ic.file}`,
      ...(decided && record.result
        ? {
            voteResult: wordImportedResult(record.result, record.percentage, record.byAcclamation === true),
            votePercentage: record.percentage,
            byAcclamation: record.byAcclamation === true,
          }
        : {}),
    });
    from = step;
  }
  return path.length > 0;
}

/** Clauses, pre-advice and parts the register does not have yet; true when anything was added. */
async function addDetails(
  ic: ImportContext,
  motionId: string,
  record: MotionRecord,
  date: string | null,
  fresh: boolean,
) {
  const org = ic.writer.organisationId;
  let added = false;
  const clauses = [...record.preamble, ...record.operative];
  if (clauses.length > 0 && (fresh || (await listMotionClauses(ic.trx, org, motionId)).length === 0)) {
    const rows = clauses.map((clause) => ({
      section: section(clause.kind),
      kind: clause.kind,
      text: clause.text,
    }));
    await addMotionClauses(ic.trx, ic.writer, motionId, rows);
    added = true;
  }
  const advice = record.preAdvice ? PRE_ADVICE[record.preAdvice] : undefined;
  if (advice && (fresh || (await listPreAdvices(ic.trx, org, motionId)).length === 0)) {
    await addPreAdvice(ic.trx, ic.writer, {
      motionId,
      advice,
      text: record.preAdvice,
      givenAt: momentOf(date),
    });
    added = true;
  }
  if (fresh) {
    for (const [index, part] of record.parts.entries()) {
      const created = await addMotionPart(ic.trx, ic.writer, motionId, { number: index + 1 });
      await updateMotionPart(ic.trx, ic.writer, created.id, {
        status: PART_STATUS[part.result],
        voteResult: wordImportedResult(part.result, part.percentage, false),
        votePercentage: part.percentage,
      });
    }
  }
  return added;
}

/**
 * Stores one motion of a document: matched to an existing motion (same meeting, first submitter,
 * near-identical title) and enriched with what was missing, or created; moved to the status the
 * document states. Returns the motion id and whether it was new.
 */
export async function storeMotion(ic: ImportContext, record: MotionRecord, options: StoreMotionOptions) {
  const meetingRef = record.adoptedAt ?? record.meeting ?? options.meeting;
  const meetingId = await ic.meetingId(meetingRef);
  const written = record.members?.length
    ? record.members
    : record.submitters.map((name) => ({ name, code: null }));
  const submitters = [];
  for (const member of written)
    submitters.push({ memberId: await ic.memberId(member.code), name: member.name });
  const body = [...record.preamble, ...record.operative].map((clause) => clause.text).join('\n') || null;
  let motion = await ic.sameMotion({
    meetingId,
    firstSubmitter: submitters[0] ?? null,
    title: record.title,
  });
  const fresh = motion === null;
  let enriched = false;
  if (!motion) {
    motion = await createMotion(ic.trx, ic.writer, {
      title: record.title,
      topic: record.topic,
      call: record.call,
      body,
      andOthers: record.andOthers,
      meetingId,
      status: 'draft',
      submitters,
    });
  } else {
    const changes: MotionChanges = {};
    if (!motion.topic && record.topic) changes.topic = record.topic;
    if (!motion.call && record.call) changes.call = record.call;
    if (!motion.body && body) changes.body = body;
    if (!motion.andOthers && record.andOthers) changes.andOthers = true;
    if (Object.keys(changes).length > 0) {
      motion = await updateMotion(ic.trx, ic.writer, motion.id, changes);
      enriched = true;
    }
  }
  if (await addDetails(ic, motion.id, record, meetingRef?.date ?? null, fresh)) enriched = true;
  const target = targetStatus({
    result: record.result,
    adopted: record.adoptedAt !== null,
    held: options.held === true,
    submitted: meetingId !== null,
  });
  const moved = await moveTo(ic, motion, record, target, meetingRef?.date ?? null);
  ic.rememberMotion(moved ? { ...motion, status: target } : motion);
  ic.count(fresh ? 'motionsCreated' : enriched || moved ? 'motionsEnriched' : 'motionsMatched');
  ic.trace('motion', motion.id, record.source);
  ic.track('motion', motion.id);
  return { id: motion.id, created: fresh };
}
