import { isBeforeVote, type MotionStatus } from '../../domain/index.js';
import type { Executor } from '../../store/database.js';
import {
  getMotion,
  listMotionParts,
  type MotionPartRecord,
  type MotionWithSubmitters,
} from '../../store/repositories/motions.js';
import { locked, missing } from '../errors.js';

export type LoadedMotion = { record: MotionWithSubmitters; parts: MotionPartRecord[] };

/** The stored motion and its parts, as the domain's rules read them; a missing motion is a 404. */
export async function loadMotion(db: Executor, organisationId: string, id: string): Promise<LoadedMotion> {
  const record = await getMotion(db, organisationId, id);
  if (!record) throw missing('Motie', id);
  return { record, parts: await listMotionParts(db, id) };
}

export function assertBeforeVote(record: { status: MotionStatus }, what: string): void {
  if (!isBeforeVote(record.status)) {
    throw locked('motion_decided', `${what} kan alleen vóór de stemming; de motie is al besloten.`);
  }
}
