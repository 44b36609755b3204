import { type DateContext, findDutchDates, parseTime } from '../dutch-dates.js';
import { findMeetingKind } from '../meetings.js';
import type { EventRecord, LogicalLine, MeetingRef } from '../types.js';
import { provenance } from './context.js';
import { splitSentences } from './sentences.js';

/**
 * Layout "invitation in prose" (ledenbrieven, event pages that reuse them): "de agenda en stukken voor de
 * Najaars Algemene Ledenvergadering (Najaars ALV) van vrijdag 1 december 2023, 13.00-15.00 uur, in het
 * Beatrix Theater in Utrecht. Deze Najaars ALV maakt deel uit van de bredere VNG Bestuurdersdag, die
 * start om 9.30 uur …", "De ALV begint om 11.00 uur.", "U bent van harte welkom bij deze ALV bij
 * Martiniplaza in Groningen."
 */

const TIME = '(?:[01]?\\d|2[0-3])[.:][0-5]\\d';
const RANGE = new RegExp(`(${TIME})\\s*(?:uur\\s*)?(?:-|–|—|tot)\\s*(${TIME})`);
const STARTS = new RegExp(
  `\\b(?:begint|start|starten|aanvang|vanaf|om)\\s+(?:om\\s+)?(${TIME}|\\d{1,2}\\s*uur)`,
  'i',
);
const PART_OF =
  /\bmaakt\s+(?:deel\s+uit|onderdeel\s+uit)\s+van\s+(?:het|de)\s+(?:\p{Ll}+\s+){0,3}((?:[\p{Lu}\d][\p{L}\d&'’-]*)(?:\s+[\p{Lu}\d][\p{L}\d&'’-]*)*)/u;
const PLACE =
  /\b(?:in|bij)\s+(?:het\s+|de\s+)?(\p{Lu}[\p{L}\d'’&-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’&-]*|in|aan|de|den|der|van|op|het)){0,8})/u;

type Found = { event: EventRecord; kind: string | null };

function times(text: string): { start: string | null; end: string | null } {
  const range = RANGE.exec(text);
  if (range) return { start: parseTime(range[1]), end: parseTime(range[2]) };
  const start = STARTS.exec(text);
  return { start: start ? parseTime(start[1]) : null, end: null };
}

/** The words that name the assembly, as written: "Najaars Algemene Ledenvergadering (Najaars ALV)". */
function assemblyPhrase(text: string, index: number, end: number): string {
  let from = index;
  const before = text.slice(0, index);
  const capitalised = /((?:\p{Lu}[\p{L}-]*\s+){1,4})$/u.exec(before);
  if (capitalised && !/\(\s*$/.test(before)) from = index - capitalised[1].length;
  if (/\(\s*$/.test(before)) {
    const opening = before.lastIndexOf('(');
    const words = /((?:\p{Lu}[\p{L}-]*\s+){1,5})\($/u.exec(before.slice(0, opening + 1));
    from = words ? opening - words[1].length : opening;
  }
  let to = end;
  const rest = text.slice(to);
  const tail = /^[^()]{0,3}\)|^\s*\([^)]{1,30}\)/.exec(rest);
  if (tail) to += tail[0].length;
  const of = /^\s+van\s+de\s+(?:\p{Lu}[\p{L}-]*\s*)+(?:\([^)]{1,12}\))?/u.exec(text.slice(to));
  if (of) to += of[0].length;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Place after the date or times of the meeting: "in het Beatrix Theater in Utrecht", "bij Martiniplaza in Groningen". */
function placeIn(text: string): string | null {
  const match = PLACE.exec(text);
  if (!match) return null;
  return match[1].replace(/\s+(?:in|aan|de|den|der|van|op|het)$/u, '').trim();
}

/** Events a letter or page announces in its sentences; the meeting it is about comes first. */
export function findProseEvents(lines: LogicalLine[], dates: DateContext, from = 0): EventRecord[] {
  const found: Found[] = [];
  for (let i = Math.max(0, from); i < lines.length; i++) {
    for (const sentence of splitSentences(lines[i].text)) {
      const text = sentence.text;
      const mention = findMeetingKind(text);
      const source = provenance(lines, i, i);
      const datesHere = findDutchDates(text, dates);
      const current = mention ? found.filter((f) => f.kind === mention.kind).at(-1) : undefined;
      const part = PART_OF.exec(text);
      // In "Deze ALV maakt deel uit van het VNG Jaarcongres op 13 en 14 juni" the date is the congress's.
      const own = part && mention && (part.index ?? 0) > mention.index ? (part.index ?? 0) : text.length;
      if (mention) {
        const date = datesHere.find(
          (d) => d.index >= mention.end && d.index - mention.end <= 100 && d.index < own,
        );
        const same = date
          ? found.find((f) => f.kind === mention.kind && f.event.date === date.date)
          : undefined;
        if (date) {
          const after = text.slice(date.index + date.text.length);
          const when = times(after.slice(0, 40));
          const event: EventRecord = {
            title: assemblyPhrase(text, mention.index, mention.end),
            date: date.date,
            start: when.start,
            end: when.end,
            place: /^\s*,?\s*(?:(?:van\s+)?[\d.:\s–-]+(?:tot\s+[\d.:\s]+)?uur\s*,?\s*)?(?:in|bij)\b/.test(
              after,
            )
              ? placeIn(after)
              : null,
            source,
          };
          // The same assembly named again (a page title, then the invitation): what is new completes it.
          if (same) {
            if (!same.event.start && event.start)
              Object.assign(same.event, { start: event.start, end: event.end, title: event.title });
            same.event.place ??= event.place;
          } else found.push({ kind: mention.kind, event });
        } else if (current && !date) {
          // "De ALV begint om 11.00 uur." / "U bent van harte welkom bij deze ALV bij Martiniplaza in Groningen."
          const verb = new RegExp(`^\\s*(?:begint|start|opent)\\s+(?:om\\s+)?(${TIME})`, 'i').exec(
            text.slice(mention.end, own),
          );
          if (!current.event.start && verb) current.event.start = parseTime(verb[1]);
          const welcome = /^\s*(?:\p{Ll}+\s+)?(?:bij|in)\b/u.test(text.slice(mention.end));
          if (!current.event.place && welcome) current.event.place = placeIn(text.slice(mention.end));
        }
      }
      const host = mention ? found.filter((f) => f.kind === mention.kind).at(-1) : found.at(-1);
      if (part && host) {
        const after = text.slice((part.index ?? 0) + part[0].length);
        const own = findDutchDates(after, dates)[0];
        const when = times(after);
        found.push({
          kind: null,
          event: {
            title: part[1].trim(),
            date: own?.date ?? host.event.date,
            start: when.start,
            end: when.end,
            place: null,
            source,
          },
        });
      }
    }
  }
  return found.map((f) => f.event).filter((event) => event.start || event.place);
}

/** The assembly a letter or page is about: the first one its text names with a date. */
export function firstAssembly(lines: LogicalLine[], dates: DateContext, from = 0): MeetingRef | null {
  for (const line of lines.slice(Math.max(0, from))) {
    for (const sentence of splitSentences(line.text)) {
      const mention = findMeetingKind(sentence.text);
      if (!mention) continue;
      const date = findDutchDates(sentence.text, dates).find(
        (d) => d.index >= mention.end && d.index - mention.end <= 100,
      );
      if (date) return { kind: mention.kind, date: date.date };
    }
  }
  return null;
}
