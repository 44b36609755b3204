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

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A heading run into its paragraph when a page was flattened without its spacing: "Motie tijdelijke
 * huisvesting D66 diende de motie “Tijdelijke huisvesting” in." The heading is the word `lead` and the
 * title the paragraph quotes, else the words up to the first capitalised word that starts the paragraph.
 */
export function splitRunInHeading(text: string, lead = 'Motie'): [string, string] | null {
  if (!new RegExp(`^${lead}\\s+\\S`, 'i').test(text) || text.length < 40) return null;
  const words = text.split(/\s+/);
  const quoted = /[“"‘]([^”"’]{3,80})[”"’]/.exec(text.slice(lead.length + 1));
  if (quoted) {
    const title = quoted[1].trim();
    const start = text.slice(lead.length + 1, lead.length + 1 + title.length);
    if (fold(start) === fold(title)) {
      const end = lead.length + 1 + title.length;
      return [text.slice(0, end), text.slice(end).trim()];
    }
  }
  for (let i = 2; i < Math.min(words.length, 10); i++) {
    if (!/^[\p{Lu}\d]/u.test(words[i])) continue;
    const rest = words.slice(i).join(' ');
    if (!/[.!?]/.test(rest)) return null;
    return [words.slice(0, i).join(' '), rest];
  }
  return null;
}
