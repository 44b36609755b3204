const PAIRS: Record<string, string> = { '“': '”', '„': '”', '"': '"', '‘': '’', "'": "'", '«': '»' };

export type Quoted = { before: string; inner: string; after: string };

function isOpening(text: string, index: number): boolean {
  const previous = text[index - 1];
  return previous === undefined || /[\s(:[]/.test(previous);
}

function isClosing(text: string, index: number): boolean {
  const next = text[index + 1];
  return next === undefined || /[\s).,;:!?\]]/.test(next);
}

/**
 * The first quoted passage: "Motie Zeist “Langdurig …” (ALV 26 juni 2024)" → before "Motie Zeist",
 * inner "Langdurig …", after "(ALV 26 juni 2024)". The closing quote is the last matching one
 * before the next opening quote of the same kind, so inner quotes of another kind survive.
 */
export function firstQuoted(text: string): Quoted | null {
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]];
    if (!close || !isOpening(text, i)) continue;
    let end = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === close && isClosing(text, j)) {
        end = j;
        if (close !== '”' && close !== '’') break;
      }
      if (text[j] === text[i] && text[i] !== close && isOpening(text, j)) break;
    }
    if (end > i + 1) {
      return {
        before: text.slice(0, i).trim(),
        inner: text.slice(i + 1, end).trim(),
        after: text.slice(end + 1).trim(),
      };
    }
  }
  return null;
}

/** An opening quote without its closing one: the title continues on the next line. */
export function hasOpenQuote(text: string): boolean {
  const opening = (text.match(/[“„]/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  return opening > closing;
}
