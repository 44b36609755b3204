const CONTINUING =
  /\b(?:en|of|van|de|het|een|in|op|aan|voor|om|te|met|naar|bij|tot|dat|die|door|over|uit|als)$/i;

/** Text that stops mid-sentence: an unclosed quote or bracket, a hyphen, or a word a sentence cannot end on. */
export function endsAbruptly(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  const opened = (trimmed.match(/[“„(]/g) ?? []).length;
  const closed = (trimmed.match(/[”)]/g) ?? []).length;
  return opened > closed || /[-,(]$/.test(trimmed) || CONTINUING.test(trimmed);
}

/** Words a sentence goes on after: a text that stops on one of them was cut off. */
const FUNCTION_WORDS = new Set(
  'de het een en of van in op aan voor om te met naar bij tot dat die door over uit als naast tijdens omdat zodat maar dan ook niet dit deze wordt worden werd is zijn was heeft hebben kan kunnen zal zullen wij we ik u zij ze hij er'.split(
    ' ',
  ),
);

/**
 * A web page or paste cut off at a fixed length (the corpus convention "truncated"): the last line stops
 * without closing punctuation on a word a sentence cannot end on, on a short fragment the text never uses
 * as a word ("… kunnen worden aa", "niet onb"), or right after a new sentence began ("2017. Dit"). A
 * lone function word after a heading ("Naast") is a paragraph that was cut. Chrome, file names and
 * headings end without punctuation and are not cut off. Returns the last words when cut off.
 */
export function cutOffTail(texts: string[]): string | null {
  const last = (texts[texts.length - 1] ?? '').trim();
  if (!last || /[.!?:;)\]”"’»…]$/.test(last) || /\.\w{2,4}$/.test(last)) return null;
  // Link labels end a paragraph without punctuation: "Voor aanmelding klik hier", "Lees meer".
  if (/\b(?:klik\s+hier|lees\s+(?:meer|verder)|meer\s+informatie|download)$/i.test(last)) return null;
  if (endsAbruptly(last) && !/[-(]$/.test(last)) return last.slice(-60);
  const words = last.split(/\s+/);
  const word = words[words.length - 1].replace(/[^\p{L}\d]/gu, '');
  if (!word) return null;
  const lower = word.toLowerCase();
  // Whether the text uses the word elsewhere: one pattern, tested only when the answer can matter.
  const elsewhere = () => {
    const pattern = new RegExp(`(?:^|[^\\p{L}])${lower}(?:[^\\p{L}]|$)`, 'iu');
    const before = words.slice(0, -1).join(' ');
    return pattern.test(before) || texts.slice(0, -1).some((text) => pattern.test(text));
  };
  if (words.length === 1) {
    const previous = (texts[texts.length - 2] ?? '').trim();
    return FUNCTION_WORDS.has(lower) && previous.split(/\s+/).length > 1 ? last : null;
  }
  if (FUNCTION_WORDS.has(lower) && /^\p{Ll}/u.test(word)) return last.slice(-60);
  if (/[.!?]\s+\S+$/.test(last)) return last.slice(-60);
  if (word.length <= 4 && /^\p{L}+$/u.test(word) && !/^\p{Lu}+$/u.test(word) && !elsewhere())
    return last.slice(-60);
  return null;
}
