import { type DateContext, findDutchDates } from '../dutch-dates.js';
import { isLabel, isListItem } from '../normalise/line-shapes.js';
import type { LogicalLine } from '../types.js';

/**
 * Site chrome of web pages kept in the text ("Menu Sluiten", "Inloggen Geen profiel? Registreer hier.",
 * "Naar boven", "Word lid Doneer", "Wordt geladen..."): navigation words only.
 */
const CHROME_WORDS = new Set(
  'menu sluiten zoeken zoek inloggen uitloggen registreer registreren hier geen profiel naar boven ga de inhoud word lid doneer actief wordt geladen delen print terug home contact volg ons share deel'.split(
    ' ',
  ),
);

export function isChrome(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((word) => CHROME_WORDS.has(word));
}

/** A line that is only a date ("26 juni 2024", "19/05/2015", "27 februari 2019"). */
export function isDateLine(text: string, dates: DateContext = {}): boolean {
  const found = findDutchDates(text, dates);
  if (found.length !== 1) return false;
  const rest = text.replace(found[0].text, '').replace(/^(?:\p{L}+dag)\b/iu, '');
  return rest.replace(/[\s,.]/g, '').length === 0;
}

/** A heading: two words or more, no sentence end, not a label, list item, chrome or date. */
export function isHeadingLine(text: string): boolean {
  if (text.length > 150 || text.split(/\s+/).length < 2) return false;
  if (/[.;,:!?…]$|\.\.\.$/.test(text) || isListItem(text) || isChrome(text) || isDateLine(text)) return false;
  // A label is no heading, but a news headline "Unie: ‘Belangrijke thema’s …’" and "Brief regering : X" are.
  const headline = /^[^:]+ : /.test(text) || /^[^:]{2,40}:\s*[‘'“"„]/.test(text);
  return /^[\p{Lu}\d‘'“"]/u.test(text) && !(isLabel(text) && !headline);
}

/** Headings of meeting documents carry their meeting's date ("Besluitenlijst gemeenteraad Zuidplas 3 april 2024"). */
const MEETING_DOCUMENT =
  /\b(?:besluitenlijst|verslag|agenda|notulen|vergadering|raadsvergadering|stemmingen)\b/i;

/** A heading with the page date glued to it ("VNG presenteert … 2020 19/05/2015"): the heading and the date. */
export function trailingDate(
  text: string,
  dates: DateContext = {},
): { heading: string; date: string } | null {
  const found = findDutchDates(text, dates).at(-1);
  if (!found?.hasYear || found.index + found.text.length < text.trimEnd().length) return null;
  const heading = text.slice(0, found.index).trim();
  // "… van 1 oktober 2024": a date the heading speaks of, not the page date.
  if (
    /\b(?:van|op|tot|per|d\.d\.|sinds|vanaf|voor|na|(?:maan|dins|woens|donder|vrij|zater|zon)dag)$/i.test(
      heading,
    )
  )
    return null;
  return heading.split(/\s+/).length >= 2 ? { heading, date: found.date } : null;
}

/**
 * The document's own heading: the first heading line (site chrome, intro sentences and a date line
 * skipped); "Brief regering : Toezeggingen …" keeps the part after the category.
 */
export function documentTitle(lines: LogicalLine[], limit = 60): string | null {
  const texts = lines
    .slice(0, limit)
    .map((line) => withoutDossierHeader(line.text))
    .map((text) => (MEETING_DOCUMENT.test(text) ? text : (trailingDate(text)?.heading ?? text)));
  // "14 Stemming motie Europese top over EU-banen": a numbered first line is the item's heading, no list.
  const numbered = /^\d{1,3}\s+(?=\p{Lu})/u.exec(texts[0] ?? '');
  const first = numbered ? texts[0].slice(numbered[0].length) : null;
  const heading = first && isHeadingLine(first) ? texts[0] : texts.find((text) => isHeadingLine(text));
  if (!heading) return null;
  const category = /^[\p{L} ]{3,30}\s:\s(.+)$/u.exec(heading);
  return (category ? category[1] : heading).replace(/\s+/g, ' ').trim();
}

/** Parliamentary papers glue the dossier header to the title line ("… 1 oktober 2024 36 600 B Vaststelling …"). */
function withoutDossierHeader(text: string): string {
  const dossier = /\s\d{2}\s\d{3}(?:\s[A-Z])?\s(?=\p{Lu})/u.exec(text);
  return dossier && dossier.index > 20 ? text.slice(0, dossier.index) : text;
}

/** The page or letter date: a line that is only a date, or "Den Haag, 4 oktober 2024", near the top. */
export function documentDate(lines: LogicalLine[], dates: DateContext = {}, limit = 12): string | null {
  for (const line of lines.slice(0, limit)) {
    if (isDateLine(line.text, dates)) return findDutchDates(line.text, dates)[0].date;
    const glued = isHeadingLine(trailingDate(line.text, dates)?.heading ?? '')
      ? trailingDate(line.text, dates)
      : null;
    if (glued) return glued.date;
    const placed = /^[\p{Lu}][\p{L} '-]{1,30},\s+(.+)$/u.exec(line.text);
    if (placed && isDateLine(placed[1], dates)) return findDutchDates(placed[1], dates)[0].date;
  }
  return null;
}

/**
 * The date context of a document: its own date, else the first full date in its text, else the year of
 * a ledenbrief number (`Lbr. 23/017` → 2023). Dates without a year then resolve in that year.
 */
export function documentDates(lines: LogicalLine[], fallback: DateContext, own?: string | null): DateContext {
  if (own) return { reference: own };
  if (fallback.reference) return fallback;
  const texts = lines.map((line) => line.text);
  const lbr = texts
    .slice(0, 40)
    .map((text) => /\bLbr\.?\s*(\d{2})\/\d{2,4}/i.exec(text))
    .find(Boolean);
  if (lbr) return { year: 2000 + Number(lbr[1]) };
  for (const text of texts) {
    const full = findDutchDates(text).find((found) => found.hasYear);
    if (full) return { reference: full.date };
  }
  return fallback;
}
