import { type DateContext, findDutchDates } from './dutch-dates.js';
import type { ImportMeetingKind, MeetingRef } from './types.js';

const ASSEMBLY = '(?:B?ALV(?![-\\w])|algemene\\s+ledenvergadering|ledenvergadering)';
const KINDS: [ImportMeetingKind, RegExp][] = [
  ['balv', new RegExp(`\\bB-?ALV(?![-\\w])|\\bbuitengewone\\s+${ASSEMBLY}`, 'iu')],
  ['extra-alv', new RegExp(`\\bextra\\s+(?:ingelaste\\s+)?${ASSEMBLY}`, 'iu')],
  ['najaars-alv', new RegExp(`\\bnajaars[\\s-]*${ASSEMBLY}|\\bnajaarsledenvergadering\\b`, 'iu')],
  ['alv', new RegExp(`\\b${ASSEMBLY}|\\bjaarvergadering\\b`, 'iu')],
];
const ANY_KIND = /alv|ledenvergadering|jaarvergadering/iu;

/** The kind of assembly a text mentions first ("Najaars ALV" → najaars-alv), or null. */
export function findMeetingKind(
  text: string,
): { kind: ImportMeetingKind; index: number; end: number } | null {
  // Every kind's pattern contains one of these words: most lines name no meeting at all.
  if (!ANY_KIND.test(text)) return null;
  const matches = KINDS.flatMap(([kind, pattern], order) => {
    const match = pattern.exec(text);
    return match ? [{ kind, index: match.index, end: match.index + match[0].length, order }] : [];
  });
  // The earliest mention; at the same place the more specific kind wins ("BALV" also reads as "ALV").
  matches.sort((a, b) => a.index - b.index || a.order - b.order);
  const first = matches[0];
  return first ? { kind: first.kind, index: first.index, end: first.end } : null;
}

/**
 * "(Najaars ALV 1 december 2023)", "de Najaars ALV van 29 november 2024", "bijeen te Utrecht op
 * 24 mei 2024, tijdens een extra ingelaste Algemene Ledenvergadering": the meeting's kind and date.
 * The date is the first one after the kind, else the one closest before it.
 */
export function parseMeetingRef(text: string, context: DateContext = {}): MeetingRef | null {
  const kind = findMeetingKind(text);
  const dates = findDutchDates(text, context);
  if (!kind)
    return dates.length > 0 && /vergader|bijeen/i.test(text) ? { kind: null, date: dates[0].date } : null;
  const after = dates.find((found) => found.index >= kind.end && found.index - kind.end <= 40);
  const before = [...dates].reverse().find((found) => found.index < kind.index);
  const ref: MeetingRef = { kind: kind.kind, date: (after ?? before ?? null)?.date ?? null };
  const place = meetingPlace(text);
  if (place) ref.place = place;
  return ref;
}

/** "bijeen te Gouda", "op 15 april 2023 te Den Haag": where the meeting is held, after "te". */
const PLACE =
  /\b(?:bijeen|vergadering|\d{4})\s*,?\s+te\s+((?:['’]s-)?\p{Lu}[\p{L}'’-]+(?:\s+(?:aan|op|in|bij)\s+(?:de|den|het)?\s*\p{Lu}[\p{L}'’-]+|\s+\p{Lu}[\p{L}'’-]+)*)/u;

export function meetingPlace(text: string): string | null {
  return PLACE.exec(text)?.[1] ?? null;
}

export function sameMeeting(a: MeetingRef | null, b: MeetingRef | null): boolean {
  return (a?.kind ?? null) === (b?.kind ?? null) && (a?.date ?? null) === (b?.date ?? null);
}

export function describeMeeting(meeting: MeetingRef | null): string {
  if (!meeting) return 'onbekend';
  return [meeting.kind ?? 'vergadering', meeting.date ?? 'zonder datum'].join(' ');
}
