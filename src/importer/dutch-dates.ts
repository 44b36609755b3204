const MONTH_WORDS =
  'januari jan|februari feb|maart mrt|april apr|mei|juni jun|juli jul|augustus aug|september sep sept|oktober okt|november nov|december dec';
const MONTHS: Record<string, number> = Object.fromEntries(
  MONTH_WORDS.split('|').flatMap((names, index) => names.split(' ').map((name) => [name, index + 1])),
);

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WRITTEN = new RegExp(
  `\\b(\\d{1,2})(?:e|ste|de)?\\s+(${MONTH_NAMES})\\b\\.?(?:\\s+(\\d{4}))?(?:\\s*,?\\s*(jl\\.?|j\\.l\\.|a\\.\\s?s\\.?))?`,
  'giu',
);
const ANY_DIGIT = /\d/;
const NUMERIC = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** "13 en 14 juni 2023", "25 en 26 juni": the first day of a two-day range gets its own date. */
const FIRST_OF_TWO = new RegExp(
  `\\b(\\d{1,2})\\s+(?:en|t/m|tot\\s+en\\s+met)\\s+(?=\\d{1,2}\\s+(?:${MONTH_NAMES})\\b)`,
  'giu',
);

/**
 * The date a document speaks from: resolves dates without a year ("uiterlijk 14 april"). When only the
 * year is known (a ledenbrief number `Lbr. 23/017`), `year` gives it and "a.s."/"jl." do not shift it.
 */
export type DateContext = { reference?: string | null; year?: number | null };

export type FoundDate = { date: string; index: number; text: string; hasYear: boolean };

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

function resolveYear(
  month: number,
  day: number,
  relative: string | undefined,
  context: DateContext,
): number | null {
  const reference = context.reference;
  if (!reference) return context.year && isoDate(context.year, month, day) ? context.year : null;
  const year = Number(reference.slice(0, 4));
  const candidate = isoDate(year, month, day);
  if (!candidate) return null;
  const mark = relative?.toLowerCase().replace(/[\s.]/g, '');
  if (mark === 'jl' && candidate > reference) return year - 1;
  if (mark === 'as' && candidate < reference) return year + 1;
  return year;
}

/**
 * Every date in a Dutch text, in order: "29 november 2024", "1e december", "24 mei jl.",
 * "14 april a.s.", "19-03-2025", "2025-03-19". A date without a year takes the year of the
 * context's reference date (a letter of 2025 → 2025); without a reference it is not guessed.
 */
export function findDutchDates(text: string, context: DateContext = {}): FoundDate[] {
  const found: FoundDate[] = [];
  // Every form starts with a day or a year in digits: most lines of a document have none.
  if (!ANY_DIGIT.test(text)) return found;
  for (const match of text.matchAll(WRITTEN)) {
    const day = Number(match[1]);
    const month = MONTHS[match[2].toLowerCase()];
    const year = match[3] ? Number(match[3]) : resolveYear(month, day, match[4], context);
    const date = year === null ? null : isoDate(year, month, day);
    if (date) found.push({ date, index: match.index ?? 0, text: match[0], hasYear: Boolean(match[3]) });
  }
  // The first day of a range takes its month and year from a written date after it.
  if (found.length > 0)
    for (const match of text.matchAll(FIRST_OF_TWO)) {
      const next = found.find((date) => date.index > (match.index ?? 0));
      if (!next) continue;
      const date = isoDate(Number(next.date.slice(0, 4)), Number(next.date.slice(5, 7)), Number(match[1]));
      if (date) found.push({ date, index: match.index ?? 0, text: match[0], hasYear: next.hasYear });
    }
  for (const match of text.matchAll(NUMERIC)) {
    const date = match[1]
      ? isoDate(Number(match[3]), Number(match[2]), Number(match[1]))
      : isoDate(Number(match[4]), Number(match[5]), Number(match[6]));
    if (date) found.push({ date, index: match.index ?? 0, text: match[0], hasYear: true });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function parseDutchDate(text: string, context: DateContext = {}): string | null {
  return findDutchDates(text, context)[0]?.date ?? null;
}

/** "uiterlijk 14 april", "vóór 1 juni 2025", "voor 1 juli a.s.": the deadline in a sentence. */
export function findDeadline(text: string, context: DateContext = {}): string | null {
  const dates = findDutchDates(text, context);
  for (const found of dates) {
    const before = text.slice(Math.max(0, found.index - 25), found.index).toLowerCase();
    const plain = before.replace(/(?:maan|dins|woens|donder|vrij|zater|zon)dag\s*$/, '');
    if (/(uiterlijk|v[oó]{2}r|deadline|niet later dan|binnen)\s*(op\s+|het\s+)?$/.test(plain))
      return found.date;
  }
  return null;
}

/** "10.00", "10:00", "10. 00", "10 uur" → "10:00". */
export function parseTime(text: string): string | null {
  const match = /\b([01]?\d|2[0-3])(?:[.:]\s?([0-5]\d)|\s*uur)\b/.exec(text);
  return match ? `${pad(Number(match[1]))}:${match[2] ?? '00'}` : null;
}
