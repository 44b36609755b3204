import type { Executor } from '../store/database.js';
import { listMotionAccountability } from '../store/repositories/accountability.js';
import { getMotion, listMotionTransitions } from '../store/repositories/motions.js';
import { getOrganisation } from '../store/repositories/organisations.js';
import { listMeetingsByIds, listMotionVotes } from '../store/repositories/report-queries.js';
import { buildMotionHistory, type MotionHistory } from './history-model.js';
import { ReportNotFoundError } from './load-accountability-report.js';

/** The history sheet of one motion: its transitions, votes and accountability entries with dates. */
export async function loadMotionHistory(
  db: Executor,
  organisationId: string,
  motionId: string,
): Promise<MotionHistory> {
  const motion = await getMotion(db, organisationId, motionId);
  if (!motion) throw new ReportNotFoundError(`Motie ${motionId} bestaat niet`);
  const [transitions, votes, entries, organisation] = await Promise.all([
    listMotionTransitions(db, motionId),
    listMotionVotes(db, organisationId, motionId),
    listMotionAccountability(db, organisationId, motionId),
    getOrganisation(db, organisationId),
  ]);
  const meetingIds = [
    motion.meetingId,
    ...transitions.map((t) => t.meetingId),
    ...entries.map((e) => e.round.meetingId),
  ].filter((id): id is string => id !== null);
  const meetings = await listMeetingsByIds(db, organisationId, [...new Set(meetingIds)]);
  return buildMotionHistory({
    organisation: organisation?.name ?? '',
    motion,
    meetings,
    transitions,
    votes,
    entries,
  });
}
