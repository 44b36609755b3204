import type { Executor } from '../../store/database.js';
import { listMotions, type MotionWithSubmitters } from '../../store/repositories/motions.js';
import { titleKey } from '../recognisers/motion-reference.js';

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over letter pairs of the titles (0..1): tolerant of small drift between documents. */
export function titleSimilarity(a: string, b: string): number {
  const left = bigrams(titleKey(a));
  const right = bigrams(titleKey(b));
  let overlap = 0;
  let total = 0;
  for (const [gram, count] of left) {
    overlap += Math.min(count, right.get(gram) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * overlap) / total;
}

export const SAME_TITLE_THRESHOLD = 0.85;

const nameKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

export type MotionKey = {
  meetingId: string | null;
  firstSubmitter: { memberId: string | null; name: string } | null;
  title: string;
};

function sameSubmitter(motion: MotionWithSubmitters, wanted: MotionKey['firstSubmitter']): boolean {
  const first = motion.submitters[0];
  if (!first || !wanted) return !first && !wanted;
  if (first.memberId && wanted.memberId) return first.memberId === wanted.memberId;
  return nameKey(first.name) === nameKey(wanted.name);
}

/**
 * The motion among the candidates that is the same one: same meeting, same first submitter and a
 * near-identical title (lists renumber and titles drift slightly between documents). Null when none.
 */
export function pickSameMotion(
  candidates: MotionWithSubmitters[],
  key: MotionKey,
): MotionWithSubmitters | null {
  const scored = candidates
    .filter((motion) => !key.meetingId || motion.meetingId === key.meetingId)
    .filter((motion) => sameSubmitter(motion, key.firstSubmitter))
    .map((motion) => ({ motion, score: titleSimilarity(motion.title, key.title) }))
    .filter((candidate) => candidate.score >= SAME_TITLE_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  return scored[0]?.motion ?? null;
}

/** The motions that could be the same one: those of the meeting, else those of the first submitter. */
export async function loadCandidates(
  db: Executor,
  organisationId: string,
  key: MotionKey,
): Promise<MotionWithSubmitters[]> {
  if (!key.meetingId && !key.firstSubmitter?.memberId) return [];
  const filter = key.meetingId
    ? { meetingId: key.meetingId }
    : { memberId: key.firstSubmitter?.memberId ?? undefined };
  return (await listMotions(db, organisationId, filter, { limit: 1000, offset: 0 })).items;
}
