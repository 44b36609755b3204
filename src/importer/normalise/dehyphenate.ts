/** Prefixes that keep their hyphen in Dutch compounds ("niet-vrijblijvend", "ex-wethouder"). */
const HYPHEN_KEEPING = new Set([
  'niet',
  'semi',
  'ex',
  'oud',
  'vice',
  'zelf',
  'co',
  'non',
  'pre',
  'post',
  'anti',
]);
/** "zorg- en meldplicht": an elided compound, the hyphen and the space stay. */
const ELISION_WORDS = new Set(['en', 'of', 'tot', 'als', 'noch']);

/** The words of a document, to decide on hyphens; built on first use (most joins need none). */
export type Vocabulary = { has(word: string): boolean };

export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  let words: Set<string> | undefined;
  return {
    has(word) {
      if (!words) {
        words = new Set();
        for (const text of texts) {
          for (const found of text.toLowerCase().match(/[\p{L}][\p{L}-]*[\p{L}]/gu) ?? []) words.add(found);
        }
      }
      return words.has(word);
    },
  };
}

/**
 * Join two fragments of running text. A word broken with a hyphen at the end of `left` is
 * rejoined unless it is a real hyphenated compound (capitals, digits, known prefixes, or the
 * document itself writes it with a hyphen).
 */
export function joinFragments(left: string, right: string, vocabulary?: Vocabulary): string {
  // Only the end of `left` matters; looking at all of it would make joining a paragraph quadratic.
  const broken = left.endsWith('-') ? /(\p{L}+)-$/u.exec(left.slice(-64)) : null;
  const next = /^(\p{L}+)/u.exec(right);
  if (!broken || !next || left.endsWith(' -')) return `${left} ${right}`;
  const head = broken[1];
  const tail = next[1];
  if (ELISION_WORDS.has(tail.toLowerCase())) return `${left} ${right}`;
  const keep =
    /\p{Lu}/u.test(tail[0]) ||
    (head.length > 1 && head === head.toUpperCase()) ||
    HYPHEN_KEEPING.has(head.toLowerCase()) ||
    (vocabulary?.has(`${head}-${tail}`.toLowerCase()) ?? false);
  const joined = `${head}${tail}`.toLowerCase();
  if (keep && !(vocabulary?.has(joined) ?? false)) return `${left}${right}`;
  return `${left.slice(0, -1)}${right}`;
}

/** Join logical lines into one paragraph of text. */
export function joinText(parts: Iterable<string>, vocabulary?: Vocabulary): string {
  let text = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    text = text ? joinFragments(text, part, vocabulary) : part;
  }
  return text;
}
