/** Shapes of lines that the normaliser and the recognisers share. */

/** "- x", "• x", "o x", "1. x", "2) x", "3 Bindende…", "a. x", or a marker standing alone. */
export const LIST_MARKER =
  /^(?:[-–—•·▪◦*●]\s|[-–—•·▪◦*●]$|o\s(?=\S)|\d{1,2}[.)](?:\s|$)|\d{1,2}\s+(?=\p{Lu})|[a-z][.)]\s)/u;

/** "Datum:", "Inhoud/oproep:", "Motie en indiener: …", "Lunch: 12.30 uur". */
export const LABEL = /^\p{Lu}[\p{L}\p{N}/()'’ .&-]{0,40}?:(?:\s|$)/u;

export const URL_START = /^(?:https?:\/\/|www\.)/i;

export function isListItem(text: string): boolean {
  return LIST_MARKER.test(text);
}

export function isLabel(text: string): boolean {
  return LABEL.test(text) && !URL_START.test(text);
}

/** A label with nothing after it ("Datum:", "Verantwoording:"). */
export function isBareLabel(text: string): boolean {
  return /^\p{Lu}[^:]{0,40}:$/u.test(text);
}

/** Split a list marker from its text: "2. Dat …" → { marker: '2', text: 'Dat …' }. */
export function splitListMarker(text: string): {
  marker: string | null;
  number: string | null;
  text: string;
} {
  const numbered = /^(\d{1,2}|[a-z])[.)]?\s+(.*)$/u.exec(text);
  if (numbered && LIST_MARKER.test(text))
    return { marker: numbered[1], number: numbered[1], text: numbered[2] };
  const bullet = /^([-–—•·▪◦*●]|o)(?:\s+(.*))?$/u.exec(text);
  if (bullet && LIST_MARKER.test(text)) return { marker: bullet[1], number: null, text: bullet[2] ?? '' };
  return { marker: null, number: null, text };
}

/** Short, no closing punctuation, not a list item: a heading or a label line. */
export function looksLikeHeading(text: string): boolean {
  return text.length > 0 && text.length <= 90 && !/[.;,:]$/.test(text) && !isListItem(text);
}

/** Words that open a clause section of a motion or resolution; such a line never continues another. */
export const CLAUSE_START =
  /^(?:constat\p{L}*|overwegende|van\s+mening\b|verzoek(?:t|en)\b|roep(?:t|en)\s|draag(?:t|en)\s|dragen\s|spre(?:ekt|ken)\s|keur(?:t|en)\s|besluit\b|(?:en\s+)?ga(?:at|an)\s+over\s+tot)/iu;
