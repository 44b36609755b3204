/** Sentences of a paragraph, for readers of prose (news items, letters, reports). */

export type Sentence = { text: string; index: number };

/**
 * Split at ". ", "! " or "? " before a capital, a quote or a bracket. Abbreviations that end a date
 * ("a.s.", "jl.") do end the sentence when a capital follows; "nr. 2", "o.a. de" and initials do not.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /([.!?])["”’]?\s+(?=[\p{Lu}“‘"(])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    const before = paragraph.slice(Math.max(start, end - 6), end);
    if (/(?:\b[A-Z]\.|\b(?:nr|mr|dr|drs|ir|prof|blz|art|o\.a|t\.a\.v|i\.p\.v|m\.b\.t)\.)$/.test(before))
      continue;
    const text = paragraph.slice(start, end).trim();
    if (text) sentences.push({ text, index: start });
    start = end;
    while (start < paragraph.length && /\s/.test(paragraph[start])) start++;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push({ text: rest, index: start });
  return sentences;
}

/** Runs of three or more spaces inside a line separate an inline heading from its text (flattened web pages). */
export function splitInlineHeadings(text: string): string[] {
  return text
    .split(/\s{3,}/)
    .map((part) => part.trim())
    .filter(Boolean);
}
