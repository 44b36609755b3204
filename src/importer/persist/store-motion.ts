import type { ClauseKind, MotionStatus, PreAdviceKind } from '../../domain/index.js';
import { formatPercentage } from '../../domain/percentage.js';
import {
  addMotionClauses,
  addMotionPart,
  addPreAdvice,
  listMotionClauses,
  listPreAdvices,
  updateMotionPart,
} from '../../store/repositories/motion-extras.js';
import {
  type ArchiveDetails,
  createMotion,
  type MotionChanges,
  type MotionWithSubmitters,
  recordMotionTransition,
  type SourceMeeting,
  updateMotion,
} from '../../store/repositories/motions.js';
import type { NewClause } from '../../store/repositories/resolutions.js';
import type { ClauseRecord, MeetingRef, MotionRecord, VoteResult } from '../types.js';
import { type ImportContext, momentOf } from './import-context.js';
import { agendaItemFor, keepMeetingPlace } from './meeting-details.js';
import { statusPath, targetStatus } from './status-path.js';

const PRE_ADVICE: Record<string, PreAdviceKind> = {
  overnemen: 'adopt',
  aannemen: 'adopt',
  ontraden: 'advise-against',
  verwerpen: 'advise-against',
  'oordeel vergadering': 'assembly-judgement',
  aanhouden: 'postpone',
};
const PART_STATUS: Record<VoteResult, string> = {
  aangenomen: 'adopted',
  verworpen: 'rejected',
  aangehouden: 'postponed',
  ingetrokken: 'withdrawn',
  afgedaan: 'adopted',
};

export type StoreMotionOptions = { meeting: MeetingRef | null; held?: boolean; inRound?: boolean };

function describeResult(result: VoteResult, percentage: number | null, byAcclamation: boolean): string {
  if (byAcclamation) return 'akkoord bij acclamatie';
  return percentage === null ? result : `${result} met ${formatPercentage(percentage)}`;
}

const section = (kind: ClauseKind) =>
  kind === 'noting' || kind === 'considering' ? 'preamble' : 'operative';

/** A clause as the register keeps it: its source numbering, heading and nested items go along. */
export function clauseRow(sectionName: string, clause: ClauseRecord): NewClause {
  return {
    section: sectionName,
    kind: clause.kind,
    text: clause.text,
    label: clause.number,
    heading: clause.heading ?? null,
    items: clause.items ?? null,
  };
}

/** The meeting of another body (council, provincial states …): kept on the motion, never made one of ours. */
function sourceMeetingOf(record: MotionRecord, stored: boolean): SourceMeeting | null {
  const meeting = record.meeting ?? record.adoptedAt;
  if (stored || (!meeting && !record.agendaItem)) return null;
  return {
    kind: meeting?.kind ?? null,
    date: meeting?.date ?? null,
    place: meeting?.place ?? null,
    agendaItem: record.agendaItem ?? null,
  };
}

/** What the document says beyond title and clauses (issue 10.3). */
function archiveDetails(record: MotionRecord, meetingStored: boolean, inRound: boolean): ArchiveDetails {
  const signatories = record.signers?.length
    ? record.signers
    : record.signatories.map((name) => ({ name, party: null }));
  return {
    explanation: record.explanation ?? null,
    introduction: record.introduction ?? null,
    closing: record.closing ?? null,
    signatories,
    sourceMeeting: sourceMeetingOf(record, meetingStored),
    portfolioHolder: record.portfolioHolder ?? null,
    dueDate: record.due ?? null,
    settledOn: record.settledOn ?? null,
    // A monitor's state of affairs; a report's accountability text goes into its round's entry instead.
    progress: inRound ? null : record.accountability,
  };
}

/** Walk the motion through the lifecycle to the status the document states, back-dated to the meeting. */
async function moveTo(
  ic: ImportContext,
  motion: MotionWithSubmitters,
  record: MotionRecord,
  to: MotionStatus,
  date: string | null,
) {
  const path = statusPath(motion.status as MotionStatus, to);
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
            voteResult: describeResult(record.result, record.percentage, record.byAcclamation === true),
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
    const rows = clauses.map((clause) => clauseRow(section(clause.kind), clause));
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
        voteResult: describeResult(part.result, part.percentage, false),
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
  if (meetingId) await keepMeetingPlace(ic, meetingId, meetingRef?.place);
  const agendaItemId = meetingId ? await agendaItemFor(ic, meetingId, record.agendaItem) : null;
  // Every submitter in the order written; those matched to a member municipality carry its code.
  const written = record.submitters.map((name) => ({
    name,
    code: record.members?.find((member) => member.name === name)?.code ?? null,
  }));
  const submitters = [];
  for (const member of written)
    submitters.push({ memberId: await ic.memberId(member.code), name: member.name });
  const body = [...record.preamble, ...record.operative].map((clause) => clause.text).join('\n') || null;
  const details = archiveDetails(record, meetingId !== null, options.inRound === true);
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
      number: record.number ?? null,
      topic: record.topic,
      call: record.call,
      body,
      andOthers: record.andOthers,
      meetingId,
      agendaItemId,
      status: 'draft',
      submitters,
      ...details,
    });
  } else {
    const changes: MotionChanges = {};
    if (!motion.topic && record.topic) changes.topic = record.topic;
    if (!motion.call && record.call) changes.call = record.call;
    if (!motion.body && body) changes.body = body;
    if (!motion.number && record.number) changes.number = record.number;
    if (!motion.agendaItemId && agendaItemId) changes.agendaItemId = agendaItemId;
    if (!motion.andOthers && record.andOthers) changes.andOthers = true;
    for (const [key, value] of Object.entries(details) as [keyof ArchiveDetails, unknown][]) {
      const empty = Array.isArray(value) ? value.length === 0 : value === null || value === undefined;
      const known = motion[key];
      const missing = Array.isArray(known) ? known.length === 0 : known === null || known === undefined;
      if (!empty && missing) (changes as Record<string, unknown>)[key] = value;
    }
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
