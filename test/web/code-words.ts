import {
  agendaPurpose,
  agreementStatus,
  amendmentStatus,
  ballotChoice,
  clauseCondition,
  clauseKind,
  clauseSection,
  decision,
  meetingKind,
  meetingStatus,
  memberKind,
  memberStatus,
  motionPartStatus,
  motionStatus,
  preAdvice,
  proposal,
  resolutionStatus,
  role,
  roundStatus,
  type Vocabulary,
  voteOutcome,
  voteStatus,
} from '../../src/domain/vocabulary/index.js';

const VOCABULARIES: Vocabulary<string>[] = [
  agendaPurpose,
  agreementStatus,
  amendmentStatus,
  ballotChoice,
  clauseCondition,
  clauseKind,
  clauseSection,
  decision,
  meetingKind,
  meetingStatus,
  memberKind,
  memberStatus,
  motionPartStatus,
  motionStatus,
  preAdvice,
  proposal,
  resolutionStatus,
  role,
  roundStatus,
  voteOutcome,
  voteStatus,
];

/** Codes of other enums that have no vocabulary table but must not be read either (outbox, registrations, polls). */
const OTHER_CODES = [
  'queued',
  'sending',
  'sent',
  'failed',
  'cancelled',
  'waiting',
  'confirmed',
  'single-choice',
  'multiple-choice',
  'open-text',
  'scale',
];

/** Codes that are Dutch words as well ("open" is a vote's code and the portal's word for it). */
const DUTCH_TOO = new Set(['open']);

/**
 * Every English code of the vocabulary whose Dutch label differs from it ("settle", "held", "municipality",
 * "staff"): a code that reads the same in Dutch ("open", "concept", "alv") is not a leak.
 */
export const CODE_WORDS: string[] = [
  ...new Set([
    ...VOCABULARIES.flatMap((v) =>
      v.codes.filter((code) => code.toLowerCase() !== v.label(code).toLowerCase() && code !== v.toApi(code)),
    ),
    ...OTHER_CODES,
  ]),
]
  .filter((word) => !DUTCH_TOO.has(word))
  .sort();

const CODE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_-])(${CODE_WORDS.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');

/** The code words in a text (URLs left out), each with a little context to find it. */
export function codeWordsIn(text: string): string[] {
  const withoutUrls = text.replace(/\b(?:https?|mailto):\S+/g, ' ').replace(/\/[\w./?=&%#:-]+/g, ' ');
  const found: string[] = [];
  for (const match of withoutUrls.matchAll(CODE_PATTERN)) {
    const at = match.index ?? 0;
    found.push(
      `“${match[0]}” in “${withoutUrls
        .slice(Math.max(0, at - 40), at + match[0].length + 40)
        .replace(/\s+/g, ' ')
        .trim()}”`,
    );
  }
  return found;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** What a reader sees of an HTML page: text nodes, no scripts, styles, comments, tags or attributes. */
export function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
}
