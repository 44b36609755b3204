import type { Motion, MotionPartStatus, MotionStatus } from '../../domain/index.js';
import type { Executor } from '../../store/database.js';
import {
  getMotion,
  listMotionParts,
  type MotionPartRecord,
  type MotionWithSubmitters,
} from '../../store/repositories/motions.js';
import { locked, missing } from '../errors.js';

export type LoadedMotion = { record: MotionWithSubmitters; parts: MotionPartRecord[]; motion: Motion };

/** The stored motion as the domain sees it (the meeting that voted on it is the one that adopted it). */
export function toDomainMotion(record: MotionWithSubmitters, parts: MotionPartRecord[]): Motion {
  const adopted = record.status === 'adopted' || record.status === 'held' || record.status === 'settled';
  return {
    id: record.id,
    organisationId: record.organisationId,
    meetingId: record.meetingId,
    agendaItemId: record.agendaItemId,
    number: record.number,
    title: record.title,
    submitters: record.submitters.map((s) => ({ memberId: s.memberId, name: s.name })),
    andOthers: record.andOthers,
    topic: record.topic,
    considerations: record.body,
    callKind: null,
    call: record.call ?? '',
    status: record.status as MotionStatus,
    adoptedAtMeetingId: adopted ? record.meetingId : null,
    adoptedOn: adopted && record.decidedAt ? record.decidedAt.slice(0, 10) : null,
    byAcclamation: record.byAcclamation,
    parts: parts.map((p) => ({
      id: p.id,
      motionId: p.motionId,
      number: p.number,
      text: p.text ?? '',
      status: p.status as MotionPartStatus,
      voteId: null,
    })),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export async function loadMotion(db: Executor, organisationId: string, id: string): Promise<LoadedMotion> {
  const record = await getMotion(db, organisationId, id);
  if (!record) throw missing('Motie', id);
  const parts = await listMotionParts(db, id);
  return { record, parts, motion: toDomainMotion(record, parts) };
}

/** Statuses in which a motion is still before the vote: its text and submitters may change. */
const BEFORE_VOTE = new Set(['draft', 'submitted', 'postponed']);

export function assertBeforeVote(record: { status: string }, what: string): void {
  if (!BEFORE_VOTE.has(record.status)) {
    throw locked('motion_decided', `${what} kan alleen vóór de stemming; de motie is al besloten.`);
  }
}
