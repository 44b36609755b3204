import { type DateContext, findDutchDates } from '../dutch-dates.js';
import { findMeetingKind, meetingPlace } from '../meetings.js';
import type { MeetingRef } from '../types.js';

/**
 * The body a motion addresses, in every assembly the archive holds: "De raad van de gemeente Venray in
 * vergadering bijeen op 18 september 2018;", "De gemeenteraad van Uithoorn, …", "Provinciale Staten van
 * Overijssel in vergadering bijeen op …", "De Staten, gehoord de beraadslaging,", "De Kamer,", "Het congres,",
 * "De algemene ledenvergadering, in vergadering bijeen op 15 april 2023 te Gouda", "Het algemeen bestuur,".
 */
const OPENING =
  /^(?:(?:de|het)\s+)?(gemeenteraad|raad|provinciale\s+staten|staten|(?:tweede\s+|eerste\s+)?kamer|(?:buitengewone\s+|extra\s+)?(?:algemene\s+)?ledenvergadering|leden|(?:partij)?congres|algemeen\s+bestuur|verenigde\s+vergadering|b?alv|najaars[\s-]?alv)\b(.*)$/iu;
/** What may follow the body's name: its organisation, a comma, "in vergadering bijeen", "gehoord …". */
const OPENING_REST = /^\s*(?:[,;:]|$|van\b|der\b|in\s+(?:vergadering|de\b)|bijeen|gehoord|te\s+\p{Lu})/iu;
const PLACE =
  /\bte\s+((?:['’]s-)?\p{Lu}[\p{L}'’-]+(?:\s+(?:aan|op|in|bij)\s+(?:de|den|het)?\s*\p{Lu}[\p{L}'’-]+|\s+\p{Lu}[\p{L}'’-]+)*)/u;
const ORGANISATION =
  /\bvan\s+(?:de\s+(?:gemeente|provincie)\s+)?((?:['’]s-)?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*)/u;

export type MotionOpening = {
  meeting: MeetingRef;
  /** The organisation named with the body ("Venray", "Noord-Brabant"). */
  organisation: string | null;
  /** "ter bespreking van Statenvoorstel 27/20 …": the agenda item the motion is submitted to. */
  agendaItem: string | null;
};

function kindOf(body: string, text: string): NonNullable<MeetingRef['kind']> {
  const word = body.toLowerCase().replace(/\s+/g, ' ');
  if (word === 'raad' || word === 'gemeenteraad') return 'raadsvergadering';
  if (word.endsWith('staten')) return 'statenvergadering';
  if (word.endsWith('kamer')) return 'plenaire-vergadering';
  if (word.endsWith('congres')) return 'congres';
  if (word === 'algemeen bestuur' || word === 'verenigde vergadering') return 'algemeen-bestuur';
  return findMeetingKind(text)?.kind ?? 'alv';
}

/** The opening line of a motion text, or null when the line is something else. */
export function parseMotionOpening(text: string, dates: DateContext): MotionOpening | null {
  const direct = readOpening(text, dates);
  if (direct) return direct;
  // "De motie had de volgende tekst: De raad van …": a quoted motion introduced by a colon.
  const introduced = /^[^:]{3,80}:\s+(?=\p{Lu})(.+)$/u.exec(text);
  return introduced ? readOpening(introduced[1], dates) : null;
}

function readOpening(text: string, dates: DateContext): MotionOpening | null {
  const match = OPENING.exec(text);
  if (!match || text.length > 400) return null;
  const rest = match[2];
  if (!OPENING_REST.test(rest)) return null;
  // "De raad van de gemeente X" needs the organisation or a comma: "De raad stemt in met …" is a sentence.
  if (/^\s*$/.test(rest) && text.length > 20) return null;
  const kind = kindOf(match[1], text);
  const found = findDutchDates(text, dates);
  const bijeen = /\bbijeen\b|\bop\s+\d/i.exec(text);
  const date = (bijeen ? found.find((f) => f.index >= bijeen.index) : found[0]) ?? found[0];
  const place = PLACE.exec(rest)?.[1] ?? meetingPlace(text);
  const organisation = /^\s*van\b/i.test(rest) ? (ORGANISATION.exec(rest)?.[1] ?? null) : null;
  const agendaItem = /\bter\s+bespreking\s+van\s+(.+)$/i.exec(text)?.[1]?.trim() ?? null;
  const meeting: MeetingRef = { kind, date: date?.date ?? null };
  if (place) meeting.place = place;
  return { meeting, organisation, agendaItem };
}
