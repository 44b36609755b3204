import type { MotionCandidate } from '../../store/repositories/motion-candidates.js';
import { titleKey } from '../recognisers/motion-reference.js';

/**
 * The letter pairs of a text as sorted numbers (two UTF-16 code units in one), repeats kept: two titles' pairs in
 * common are then counted by one walk along both lists, without building or probing maps.
 */
function bigrams(text: string): Uint32Array {
  const grams = new Uint32Array(Math.max(0, text.length - 1));
  for (let i = 0; i < grams.length; i++)
    grams[i] = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
  return grams.sort();
}

/** Letter pairs and carrying words of a title, kept while an import compares the same titles again and again. */
type TitleFeatures = { grams: Uint32Array; words: Set<string> };
const features = new Map<string, TitleFeatures>();
const FEATURES_KEPT = 20_000;

function featuresOf(title: string): TitleFeatures {
  let found = features.get(title);
  if (found) return found;
  found = { grams: bigrams(titleKey(title)), words: titleWords(title) };
  if (features.size >= FEATURES_KEPT) features.clear();
  features.set(title, found);
  return found;
}

/** Dice coefficient over letter pairs of the titles (0..1): tolerant of small drift between documents. */
function diceSimilarity(a: TitleFeatures, b: TitleFeatures): number {
  const left = a.grams;
  const right = b.grams;
  const total = left.length + right.length;
  if (total === 0) return 0;
  // Pairs in common, each as often as the title with fewer of it has it.
  let overlap = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    if (left[i] === right[j]) {
      overlap += 1;
      i += 1;
      j += 1;
    } else if (left[i] < right[j]) i += 1;
    else j += 1;
  }
  return (2 * overlap) / total;
}

/** Words that a list adds or drops around a title without changing what it is about. */
const FILLERS = new Set(['motie', 'voor', 'over', 'naar', 'door', 'zonder', 'tegen', 'onze', 'deze', 'alle']);

/** The words that carry a title (short words and fillers dropped), in the spelling titleKey uses. */
function titleWords(title: string): Set<string> {
  return new Set(
    title
      .split(/[\s/–-]+/u)
      .map(titleKey)
      .filter((word) => word.length > 3 && !FILLERS.has(word) && !/^\d+$/.test(word)),
  );
}

/**
 * Share of the shorter title's words found in the longer one, for titles of three words or more,
 * less when the longer one adds many words: a list that shortens or rewords a title ("Een adequate en
 * reële financiering van jeugdhulp" → "Adequate financiering jeugdhulp") keeps its words.
 */
function wordContainment(a: TitleFeatures, b: TitleFeatures): number {
  const left = a.words;
  const right = b.words;
  const [shorter, longer] = left.size <= right.size ? [left, right] : [right, left];
  if (shorter.size < 3) return 0;
  let found = 0;
  for (const word of shorter) if (longer.has(word)) found += 1;
  return (found / shorter.size) * (0.8 + (0.2 * shorter.size) / longer.size);
}

/** How alike two motion titles are (0..1): letter pairs, or the words of a shortened title. */
export function titleSimilarity(a: string, b: string): number {
  return similarity(featuresOf(a), featuresOf(b));
}

function similarity(left: TitleFeatures, right: TitleFeatures): number {
  return Math.max(diceSimilarity(left, right), 0.9 * wordContainment(left, right));
}

/** At or above this, titles are the same motion's (given the same submitter and meeting). */
export const SAME_TITLE_THRESHOLD = 0.85;
/** At or above this (and below the first), the titles may be the same motion's: staff decide. */
export const SIMILAR_TITLE_THRESHOLD = 0.6;

const nameKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^gemeente\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

export type SubmitterKey = { memberId: string | null; name: string };

export type MotionKey = {
  meetingId: string | null;
  submitters: SubmitterKey[];
  title: string;
  /** The motion's text (its clauses), when the document gives it. */
  body?: string | null;
};

const sameText = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a && b && a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim());

/** same, unknown (one side does not say) or different. */
type Relation = 'same' | 'unknown' | 'different';

function submitterRelation(motion: MotionCandidate, wanted: SubmitterKey[]): Relation {
  if (motion.submitters.length === 0 || wanted.length === 0) return 'unknown';
  const shared = motion.submitters.some((known) =>
    wanted.some((other) =>
      known.memberId && other.memberId
        ? known.memberId === other.memberId
        : nameKey(known.name) === nameKey(other.name),
    ),
  );
  return shared ? 'same' : 'different';
}

function meetingRelation(motion: MotionCandidate, meetingId: string | null): Relation {
  if (!motion.meetingId || !meetingId) return 'unknown';
  return motion.meetingId === meetingId ? 'same' : 'different';
}

export type MotionMatch<T extends MotionCandidate = MotionCandidate> = {
  /** The motion that is certainly the same one, merged with the document's record. */
  same: T | null;
  /** Motions that may be the same one: not merged, shown to staff as a warning. */
  possible: T[];
};

/**
 * The same motion across documents: a near-identical title (lists renumber and reword slightly), a
 * submitter in common and the same meeting; where one document does not name the meeting or the
 * submitters, the other two must agree (or, naming neither, the same text). A weaker likeness (a title that differs more, another
 * meeting or other submitters, or neither meeting nor submitters to compare) is only a possibility.
 */
export function matchMotion<T extends MotionCandidate>(candidates: T[], key: MotionKey): MotionMatch<T> {
  // The titles first: the other relations are looked at only for the few candidates alike enough.
  const scored = [];
  const wanted = featuresOf(key.title);
  for (const motion of candidates) {
    const score = similarity(featuresOf(motion.title), wanted);
    if (score < SIMILAR_TITLE_THRESHOLD) continue;
    scored.push({
      motion,
      score,
      submitters: submitterRelation(motion, key.submitters),
      meeting: meetingRelation(motion, key.meetingId),
      text: sameText(motion.body, key.body),
    });
  }
  scored.sort((a, b) => b.score - a.score);
  const certain = scored.find(
    (c) =>
      c.score >= SAME_TITLE_THRESHOLD &&
      c.submitters !== 'different' &&
      c.meeting !== 'different' &&
      (c.submitters === 'same' || c.meeting === 'same' || c.text),
  );
  const possible = scored
    .filter((c) => c !== certain)
    .filter((c) => {
      const differences = [c.submitters, c.meeting].filter((r) => r === 'different').length;
      return c.score >= SAME_TITLE_THRESHOLD ? differences <= 1 : differences === 0;
    })
    .map((c) => c.motion);
  return { same: certain?.motion ?? null, possible: certain ? [] : possible };
}
