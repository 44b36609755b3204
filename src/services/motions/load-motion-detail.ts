import { listMotionAccountability } from '../../store/repositories/accountability.js';
import { listAmendments, listMotionClauses, listPreAdvices } from '../../store/repositories/motion-extras.js';
import {
  getMotion,
  listMotionParts,
  listMotionTransitions,
  type MotionWithSubmitters,
} from '../../store/repositories/motions.js';
import { listVotes } from '../../store/repositories/votes.js';
import { missing } from '../errors.js';
import { type LoadedParts, loadParts, type PartLoaders } from '../read-parts.js';
import { findVisibleSources } from '../registers/find-visible-sources.js';
import type { ReadCase } from '../types.js';
import { canSeeAccountabilityEntry, canSeeMotion } from '../visibility.js';

/**
 * What can be read about a motion, one loader per part, each applying the reader's rights: a reader asks for
 * the parts it shows, and gets them only when it may see the motion at all.
 */
const PARTS = {
  parts: (read, m) => listMotionParts(read.db, m.id),
  clauses: (read, m) => listMotionClauses(read.db, read.organisationId, m.id),
  /** Oldest first: the last one is current. */
  preAdvices: (read, m) => listPreAdvices(read.db, read.organisationId, m.id),
  amendments: (read, m) => listAmendments(read.db, read.organisationId, { kind: 'motion', id: m.id }),
  /** Per round, oldest meeting first; entries of an open round only for those who may read drafts. */
  entries: async (read, m) =>
    (await listMotionAccountability(read.db, read.organisationId, m.id)).filter((e) =>
      canSeeAccountabilityEntry(read.reader, e),
    ),
  transitions: (read, m) => listMotionTransitions(read.db, m.id),
  /** The votes whose result is public, for the motion's history. */
  publishedVotes: async (read, m) =>
    (await listVotes(read.db, read.organisationId, { motionId: m.id, status: ['published'] })).items,
  /** The source documents the motion was imported from, with line spans. */
  sources: (read, m) => findVisibleSources({ ...read, entityKind: 'motion', entityId: m.id }),
} satisfies PartLoaders<MotionWithSubmitters>;

export type MotionDetailPart = keyof typeof PARTS;
export type MotionDetail<K extends MotionDetailPart = never> = { motion: MotionWithSubmitters } & LoadedParts<
  typeof PARTS,
  K
>;

/**
 * One motion with the parts asked for, as the reader may see them. A motion the reader may not see (a draft
 * of another municipality, say) is refused exactly like a missing one: ServiceError 'not_found'.
 */
export async function loadMotionDetail<K extends MotionDetailPart = never>(
  options: ReadCase & { motionId: string; include?: readonly K[] },
): Promise<MotionDetail<K>> {
  const motion = await getMotion(options.db, options.organisationId, options.motionId);
  if (!motion || !canSeeMotion(options.reader, motion)) throw missing('Motie', options.motionId);
  const parts: LoadedParts<typeof PARTS, K> = await loadParts(PARTS, options, motion, options.include);
  return { motion, ...parts };
}
