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

/**
 * Words a compound is often closed after ("overheid", "onderwijs", "voorstel"): that such a word
 * stands alone elsewhere says nothing about a hyphen after it.
 */
const CLOSING_PARTICLES = new Set(
  'over onder voor door tegen achter samen tussen boven buiten binnen terug rond open mede uit aan op in bij mee'.split(
    ' ',
  ),
);
/** The start of a right-hand fragment that is a suffix, not a word: "gemeente-" + "lijke" is one word. */
const SUFFIX_START = /^(?:lijk|heid|hed|schap|baar|ing|isch|achtig|loos|zaam|tje|nis|ling|sel)/;

/**
 * The words of a document, to decide on hyphens; built on first use (most joins need none).
 * `has`: a word as written (also hyphenated compounds); `standalone`: a word that stands on its own
 * somewhere (not inside a compound, not a fragment broken at a line end); `hasPrefix`: some word
 * starts with the given letters.
 */
export type Vocabulary = {
  has(word: string): boolean;
  standalone?(word: string): boolean;
  hasPrefix?(prefix: string): boolean;
};

export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  let words: Set<string> | undefined;
  let sorted: string[] = [];
  const alone: Set<string> = new Set();
  const build = (): Set<string> => {
    if (words) return words;
    words = new Set();
    for (const text of texts) {
      const lower = text.toLowerCase();
      for (const found of lower.match(/[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}]/gu) ?? []) words.add(found);
      for (const found of lower.match(/(?<![\p{L}\p{N}-])\p{L}+(?![\p{L}\p{N}-])/gu) ?? []) alone.add(found);
    }
    sorted = [...words].sort();
    return words;
  };
  return {
    has: (word) => build().has(word),
    standalone(word) {
      build();
      return alone.has(word);
    },
    hasPrefix(prefix) {
      build();
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] < prefix) low = mid + 1;
        else high = mid;
      }
      return sorted[low]?.startsWith(prefix) ?? false;
    },
  };
}

/** What the document itself says about `head`-`tail`: written closed, with a hyphen, or neither. */
function evidence(head: string, tail: string, vocabulary?: Vocabulary): 'closed' | 'hyphen' | null {
  if (!vocabulary) return null;
  const start = tail.slice(0, 4).toLowerCase();
  const lowerHead = head.toLowerCase();
  const find = (word: string, prefix: string) =>
    vocabulary.has(word) || (vocabulary.hasPrefix?.(prefix) ?? false);
  const closed = find(`${lowerHead}${tail.toLowerCase()}`, `${lowerHead}${start}`);
  const hyphen = find(`${lowerHead}-${tail.toLowerCase()}`, `${lowerHead}-${start}`);
  return closed === hyphen ? null : closed ? 'closed' : 'hyphen';
}

/**
 * Join two fragments of running text. A word broken with a hyphen at the end of `left` is rejoined
 * ("gemeen-" + "ten") unless the hyphen belongs to a compound. What the document writes elsewhere
 * decides first (the word closed, or with a hyphen); else the hyphen stays when the right part
 * starts with a capital or a digit ("NPLV-programma", "artikel-2-onderzoek"), after an acronym, a
 * number or a known prefix ("niet-"), and when the left part is a complete word that the document
 * uses on its own and the right part is no suffix ("minister-" + "president").
 */
export function joinFragments(left: string, right: string, vocabulary?: Vocabulary): string {
  // Only the end of `left` matters; looking at all of it would make joining a paragraph quadratic.
  const broken = left.endsWith('-') ? /([\p{L}\p{N}]+)-$/u.exec(left.slice(-64)) : null;
  if (broken && /^\p{N}/u.test(right) && !left.endsWith(' -')) return `${left}${right}`;
  const next = /^(\p{L}+)/u.exec(right);
  if (!broken || !next || left.endsWith(' -')) return `${left} ${right}`;
  const head = broken[1];
  const tail = next[1];
  if (ELISION_WORDS.has(tail.toLowerCase())) return `${left} ${right}`;
  const found = evidence(head, tail, vocabulary);
  if (found) return found === 'hyphen' ? `${left}${right}` : `${left.slice(0, -1)}${right}`;
  const lowerHead = head.toLowerCase();
  const keep =
    /\p{Lu}/u.test(tail[0]) ||
    /\p{N}/u.test(head) ||
    (head.length > 1 && head === head.toUpperCase()) ||
    HYPHEN_KEEPING.has(lowerHead) ||
    (head.length >= 4 &&
      !CLOSING_PARTICLES.has(lowerHead) &&
      !SUFFIX_START.test(tail.toLowerCase()) &&
      (vocabulary?.standalone?.(lowerHead) ?? false));
  return keep ? `${left}${right}` : `${left.slice(0, -1)}${right}`;
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
