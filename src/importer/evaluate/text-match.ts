/**
 * The matching rules of the fidelity measure (corpus README, "Matching rules"): how an expected
 * value and an importer value are compared. Pure string functions, shared by the comparator.
 */

const QUOTES = /['"‘’“”„´`]/g;

/** Rule `norm`: NFKD without diacritics, lower case, no quotes, one space, no list marker, no trailing ;,.: */
export function norm(value: string): string {
  let text = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(QUOTES, '')
    .replace(/\s+/g, ' ')
    .trim();
  let previous = '';
  while (previous !== text) {
    previous = text;
    text = text
      .replace(/^[•\-–*]\s*/, '')
      .replace(/[;,.:]+$/, '')
      .trim();
  }
  return text;
}

/** Rule 3: a title without a leading "motie", "resolutie" or "amendement" (and a ":" or "-" after it). */
export function titleKey(value: string): string {
  return norm(value)
    .replace(/^(?:motie|resolutie|amendement)\b\s*[:\-–]?\s*/, '')
    .trim();
}

/** Rule 3: the expected title equals the produced title or is contained in it. */
export function titleMatches(expected: string, produced: string | null | undefined): boolean {
  if (typeof produced !== 'string') return false;
  const want = titleKey(expected);
  return titleKey(produced).includes(want);
}

/** Rule 4: one name, compared without spaces; the produced name may contain the expected one. */
export function nameMatches(expected: string, produced: string | null | undefined): boolean {
  if (typeof produced !== 'string') return false;
  const want = norm(expected).replace(/\s+/g, '');
  const got = norm(produced).replace(/\s+/g, '');
  return want === got || got.includes(want);
}

/** Rule 4: same count, same order, each pair by `nameMatches`. */
export function namesMatch(expected: string[], produced: unknown): boolean {
  if (!Array.isArray(produced) || produced.length !== expected.length) return false;
  return expected.every((name, index) => nameMatches(name, produced[index]));
}

/** Rule 5: free text; norm(expected) is contained in norm(produced). */
export function textMatches(expected: string, produced: unknown): boolean {
  if (typeof produced !== 'string') return false;
  return norm(produced).includes(norm(expected));
}

/** Rule 2: enumerations compare lower case; meeting kinds also treat "-" as a space and BALV as Buitengewone ALV. */
export function enumMatches(expected: string, produced: unknown): boolean {
  return typeof produced === 'string' && expected.toLowerCase() === produced.toLowerCase();
}

export function meetingKindKey(value: string): string {
  const key = value.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  return key === 'buitengewone alv' ? 'balv' : key;
}

/** Rule 10: letter numbers and references without whitespace, case-insensitive. */
export function referenceMatches(expected: string, produced: unknown): boolean {
  if (typeof produced !== 'string') return false;
  const key = (value: string) => value.replace(/\s+/g, '').toLowerCase();
  return key(expected) === key(produced);
}
