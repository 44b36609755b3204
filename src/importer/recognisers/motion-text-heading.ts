import { type DateContext, findDutchDates } from '../dutch-dates.js';
import type { MunicipalityIndex } from '../municipalities.js';
import { splitSubmitters } from '../submitters.js';
import { parseMotionReference } from './motion-reference.js';
import { firstQuoted } from './quotes.js';

/** What the lines above a motion's text say about it. Every field is null when the text does not say it. */
export type MotionHeading = {
  title: string | null;
  submitters: string[];
  members: { name: string; code: string | null }[];
  andOthers: boolean;
  topic: string | null;
  /** The date printed under the heading (a publication date), or glued to it ("… Van Merrienboer 8-5-2020"). */
  date: string | null;
  agendaItem: { number: string | null; title: string | null } | null;
  number: string | null;
  /** The first line, the document's own heading (without a glued date). */
  documentTitle: string | null;
};

const WEEKDAY = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)';
/** A date at the end of a heading: "… dinsdag 18 september 2018", "… 8-5-2020". */
const TRAILING_DATE = new RegExp(
  `\\s*[-–,]?\\s*(?:${WEEKDAY}\\s+)?(?:\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})\\s*$`,
  'iu',
);
const DATE_ONLY = new RegExp(
  `^(?:${WEEKDAY}\\s+)?(?:\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})$`,
  'iu',
);
/** "Motie van het lid J.F.W. van Lammeren (Partij voor de Dieren) inzake de Begroting 2019 (100% plantaardig)." */
const MEMBER_MOTION =
  /^motie\s+van\s+(?:het\s+lid|de\s+leden)\s+(.+?)\s+(?:inzake|over|betreffende|aangaande|ten\s+aanzien\s+van)\s+(.+)$/iu;
/** Tweede Kamer style: "Motie Wassenberg over …", "motie-Gesthuizen/Sjoerdsma over …". */
const NAMED_MOTION =
  /^[Mm]otie[-\s]+((?:van\s+(?:der\s+|den\s+)?|de\s+)?\p{Lu}[\p{L}'’.-]+(?:\s*\/\s*(?:van\s+(?:der\s+|den\s+)?|de\s+)?\p{Lu}[\p{L}'’.-]+){0,4})\s+over\s+(.+)$/u;
/** "De motie-Gesthuizen/Sjoerdsma (32317, nr. 347)": submitters and number of a parliamentary motion. */
const PARLIAMENT_REFERENCE =
  /\b[Mm]otie-((?:van\s+)?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*(?:\s*\/\s*(?:van\s+)?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*)*)(?:\s*\((\d+)\s*,\s*nr\.\s*(\d+)\))?/u;
/** "Zij krijgt nr. 348, was nr. 347 (32317)": the motion's new number after an amendment. */
const RENUMBERED = /\bkrijgt\s+nr\.\s*(\d+)/i;
/** News intros: "hebben de fracties van Samenwerking Venray en Pro Venray een motie … ingediend". */
const NEWS_SUBMITTERS =
  /\bfracties?\s+van\s+(.+?)\s+(?:een|de|deze)\s+motie\b[^.]*?\bingediend\b|\bingediend\s+door\s+(?:de\s+fracties?\s+van\s+)?([^.;]+)/iu;
const AGENDA_ITEM = /^motie\s+(?:bij|inzake)\s+agendapunt\s+(\d+[a-z]?)\.?\s*(.*)$/iu;

function stripDate(text: string): { text: string; date: string | null; raw: string | null } {
  const match = TRAILING_DATE.exec(text);
  if (!match || match.index === 0) return { text, date: null, raw: null };
  return { text: text.slice(0, match.index).trim(), date: null, raw: match[0].trim() };
}

function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|\ben\b|&)\s*/u)
    .map((name) => name.trim())
    .filter(Boolean);
}

function empty(): MotionHeading {
  return {
    title: null,
    submitters: [],
    members: [],
    andOthers: false,
    topic: null,
    date: null,
    agendaItem: null,
    number: null,
    documentTitle: null,
  };
}

/**
 * The heading zone of a motion text (the lines above its body or first clause): title, submitters,
 * topic, date, agenda item and number. Titles come, in this order, from a "Titel:" label, a quoted or
 * "Motie: …" title, the title line under a bare "Motie", a bracketed "(motie …)", a motion heading,
 * and last the document's first line.
 */
export function readMotionHeading(
  texts: string[],
  context: { dates: DateContext; municipalities: MunicipalityIndex },
): MotionHeading {
  const heading = empty();
  let weakTitle: string | null = null;
  const bare = texts.findIndex((text) => /^motie\s*:?$/i.test(text));
  const first = stripDate(texts[0] ?? '');
  heading.documentTitle = first.text || null;
  if (first.raw) heading.date = findDutchDates(first.raw, context.dates)[0]?.date ?? null;
  texts.forEach((text, index) => {
    const dateLine = DATE_ONLY.test(text) ? findDutchDates(text, context.dates)[0] : undefined;
    if (dateLine) {
      heading.date ??= dateLine.date;
      return;
    }
    const label = /^titel\s*:?\s*(.+)$/iu.exec(text);
    if (label && /^titel\s*:/i.test(text)) {
      heading.title = label[1].replace(/^[“"'‘]|[”"'’]$/gu, '').trim();
      return;
    }
    const agenda = AGENDA_ITEM.exec(text);
    if (agenda) {
      heading.agendaItem = { number: agenda[1], title: agenda[2].trim() || null };
      return;
    }
    const member = MEMBER_MOTION.exec(text);
    if (member) {
      const parties = [...member[1].matchAll(/\(([^)]+)\)/g)].map((m) => m[1].trim());
      if (heading.submitters.length === 0) heading.submitters = parties;
      const bracket = /\(([^()]+)\)\.?$/.exec(member[2]);
      heading.topic ??= member[2].replace(/\s*\([^()]*\)\.?$/, '').trim();
      if (bracket) heading.title ??= bracket[1].trim();
      return;
    }
    const named = NAMED_MOTION.exec(stripDate(text).text);
    if (named) {
      if (heading.submitters.length === 0) heading.submitters = named[1].split(/\s*\/\s*/);
      heading.topic ??= named[2].trim();
      weakTitle ??= stripDate(text).text;
      return;
    }
    const colon = /^motie\s*:\s*(.+)$/iu.exec(text);
    if (colon) {
      heading.title ??= colon[1].trim();
      return;
    }
    if (/^motie\b/i.test(text) && firstQuoted(text)) {
      const reference = parseMotionReference(text, context.municipalities, context.dates);
      if (reference) {
        heading.title ??= reference.title;
        if (heading.submitters.length === 0 && reference.submitters.names.length > 0) {
          heading.submitters = reference.submitters.names;
          heading.members = reference.submitters.members;
          heading.andOthers = reference.submitters.andOthers;
        }
        return;
      }
    }
    const bracketed = /\(motie\s+([^)]+)\)/iu.exec(text);
    if (bracketed) {
      heading.title ??= bracketed[1].trim();
      return;
    }
    // "Motie Rico Brouwer" above a bare "Motie" and its title line: the motion's submitter.
    const byPerson = /^[Mm]otie\s+(\p{Lu}.+)$/u.exec(stripDate(text).text);
    if (byPerson && bare > index) {
      if (heading.submitters.length === 0) heading.submitters = splitNames(byPerson[1]);
      return;
    }
    if (index === bare + 1 && bare >= 0 && text.length <= 200) {
      heading.title ??= text;
      return;
    }
    if (/^motie\b/i.test(text) && text.length <= 150 && !/[.;:]$/.test(text))
      weakTitle ??= stripDate(text).text;
  });
  const joined = texts.join('\n');
  const parliament = PARLIAMENT_REFERENCE.exec(joined);
  if (parliament) {
    if (heading.submitters.length === 0) heading.submitters = parliament[1].split(/\s*\/\s*/);
    heading.number = RENUMBERED.exec(joined)?.[1] ?? parliament[3] ?? null;
    weakTitle ??= `Motie-${parliament[1]}`;
  }
  if (heading.submitters.length === 0) {
    const news = NEWS_SUBMITTERS.exec(joined);
    const names = news ? (news[1] ?? news[2]) : null;
    if (names && names.length <= 120) {
      const split = splitSubmitters(names, context.municipalities);
      heading.submitters = split.names;
      heading.andOthers = split.andOthers;
    }
  }
  const fallback =
    heading.documentTitle && heading.documentTitle.length <= 150 ? heading.documentTitle : null;
  heading.title ??= weakTitle ?? fallback;
  return heading;
}
