import { stemmer } from '@orama/stemmers/dutch';

/**
 * Dutch text analysis, done in JavaScript so that SQLite (FTS5) and PostgreSQL (tsvector) index and query
 * exactly the same tokens. Every token that leaves this module matches /^[a-z0-9]+$/: both engines' tokenisers
 * keep such a token whole, so the engines cannot disagree about what a word is.
 */

/** Letters that NFKD does not decompose into a base letter plus marks. */
const TRANSLITERATE: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Longest token kept; longer runs (hashes, garbage) are cut so no engine refuses them. */
export const MAX_TOKEN_LENGTH = 64;

/** Lower case, diacritics removed (NFKD), a few letters transliterated: "Financiën" → "financien". */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => TRANSLITERATE[c] ?? c);
}

/** Splits normalised text into words: runs of a–z and 0–9; everything else separates. */
export function words(normalised: string): string[] {
  return normalised.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/**
 * Stems one normalised word with the Snowball Dutch stemmer, plus two small corrections that Snowball lacks:
 * plurals in -ies/-tes ("moties" → "motie", "gemeentes" → "gemeente") and the final v/z of stems
 * ("ledenbriev" → "ledenbrief", "huiz" → "huis"), so singular and plural meet.
 */
export function stemWord(word: string): string {
  const cached = STEM_CACHE.get(word);
  if (cached !== undefined) return cached;
  const stem = computeStem(word);
  if (word.length > 32) return stem;
  if (STEM_CACHE.size >= STEM_CACHE_SIZE) STEM_CACHE.clear();
  STEM_CACHE.set(word, stem);
  return stem;
}

/** Stemming is pure, and a register's vocabulary is small: a bounded cache makes a rebuild several times faster. */
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_SIZE = 100_000;

function computeStem(word: string): string {
  if (/^[0-9]+$/.test(word)) return word.slice(0, MAX_TOKEN_LENGTH);
  let w = word.slice(0, MAX_TOKEN_LENGTH);
  if (w.length >= 6 && /(ie|te)s$/.test(w)) w = w.slice(0, -1);
  let stem = stemmer(w);
  if (stem.length > 3) stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
  return stem;
}

const SEPARABLE_PARTICLES =
  'aan|af|bij|door|in|los|mee|mis|na|neer|om|op|over|samen|tegen|terug|toe|uit|vast|voor|vrij|weg';
const PARTICIPLE = new RegExp(`^(${SEPARABLE_PARTICLES})ge([a-z]{3,})(en|d|t)$`);
const NOT_A_PARTICIPLE = /(heid|heden|lijken|baren|schappen|nissen|ingen|tijd|tijden)$/;

/**
 * The infinitive stem of a separable verb's past participle, or undefined:
 * "aangehouden" → "aanhoud" (as "aanhouden"), "ingediend" → "indien", "opgeroepen" → "oproep".
 * Indexed and queried as an alternative, so "aangehouden moties" finds "motie aanhouden" and back.
 */
export function participleAlternative(word: string): string | undefined {
  const m = PARTICIPLE.exec(word);
  if (!m || NOT_A_PARTICIPLE.test(word)) return undefined;
  // Weak verbs (-d/-t) keep a closed syllable: "gesteld" → "stellen", "gezegd" → "zeggen"; strong ones do not.
  const rest =
    m[3] !== 'en' && /(^|[^aeiou])[aeiou][bcdfgklmnprst]$/.test(m[2]) ? m[2] + m[2].slice(-1) : m[2];
  const alternative = stemWord(`${m[1]}${rest}en`);
  return alternative === stemWord(word) ? undefined : alternative;
}

/** Normalised, stemmed tokens of a text, in order: the analysis both the index and the queries use. */
export function analyse(text: string): string[] {
  return words(normalise(text)).map(stemWord);
}

/**
 * The tokens to index for a text: its stems, followed by the alternatives of participles; with `terms`, each
 * distinct token is also added to that set (the vocabulary of a batch of records).
 *
 * The same as `words(normalise(text))` stemmed, read piece by piece: the text is cut at ASCII characters other
 * than letters and digits, and each piece between two cuts is analysed once and remembered (a register's texts
 * say the same words over and over). Cutting there changes nothing: such a character is left as it is by every
 * step of `normalise` and separates words, and every step acts on one character at a time, or on a letter with
 * the marks after it, never across an ASCII character (test/search/analyse.test.ts holds the two readings equal).
 */
export function indexTokens(text: string, terms?: Set<string>): string[] {
  const tokens: string[] = [];
  const alternatives: string[] = [];
  for (const piece of text.split(ASCII_SEPARATORS)) {
    if (piece === '') continue;
    const analysed = analysedPiece(piece);
    if (typeof analysed === 'string') {
      tokens.push(analysed);
      terms?.add(analysed);
      continue;
    }
    for (const stem of analysed.stems) tokens.push(stem);
    for (const alternative of analysed.alternatives) alternatives.push(alternative);
    if (terms) for (const token of [...analysed.stems, ...analysed.alternatives]) terms.add(token);
  }
  for (const alternative of alternatives) tokens.push(alternative);
  return tokens;
}

/** Runs of ASCII characters that are neither letters nor digits: every one of them separates words. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII control characters separate words too
const ASCII_SEPARATORS = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/;

/** A piece of text analysed: its one stem (the usual case), or its stems and participles' alternatives. */
type AnalysedPiece = string | { stems: string[]; alternatives: string[] };

/** Pieces analysed, by their text (pieces up to 32 characters, bounded like STEM_CACHE). */
const PIECE_CACHE = new Map<string, AnalysedPiece>();

function analysedPiece(piece: string): AnalysedPiece {
  const cached = PIECE_CACHE.get(piece);
  if (cached !== undefined) return cached;
  const ws = words(normalise(piece));
  const stems = ws.map(stemWord);
  const alternatives: string[] = [];
  for (const w of ws) {
    const alternative = participleAlternative(w);
    if (alternative) alternatives.push(alternative);
  }
  const analysed = stems.length === 1 && alternatives.length === 0 ? stems[0] : { stems, alternatives };
  if (piece.length > 32) return analysed;
  if (PIECE_CACHE.size >= STEM_CACHE_SIZE) PIECE_CACHE.clear();
  PIECE_CACHE.set(piece, analysed);
  return analysed;
}

/** Frequent Dutch function words; dropped from queries (not from the index) unless nothing else is left. */
export const STOPWORDS = new Set(
  (
    'de het een en van in op te voor met aan bij door om over tot uit als dat die dit deze is zijn was er ' +
    'of ook maar niet wel nog naar dan wordt worden werd wat wie waar hoe zo al ze zij hij wij we ik u je ' +
    'hun hem haar ons onze mijn uw ter ten den der des'
  ).split(' '),
);
