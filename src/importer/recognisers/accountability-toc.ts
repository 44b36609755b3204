import { type DateContext, findDutchDates } from '../dutch-dates.js';
import { findMeetingKind, parseMeetingRef } from '../meetings.js';
import { isListItem } from '../normalise/line-shapes.js';
import type { LogicalLine, MeetingRef } from '../types.js';
import type { RecogniserInput } from './context.js';
import { parseMotionReference } from './motion-reference.js';

export type TocMotion = {
  title: string;
  submitters: string[];
  andOthers: boolean;
  meeting: MeetingRef | null;
};
export type TocGroup = { heading: string; meeting: MeetingRef | null; motions: TocMotion[] };

/** "Aangehouden moties ALV 26 juni 2024:", "Aangenomen moties Najaars ALV 29 november 2024". */
export const GROUP_HEADING = /^(?:aangehouden|aangenomen|verworpen|afgedane?)\s+moties?\b/i;

/** A line that names an assembly and a date ("de Najaars-ALV van 29 november 2024"). */
function namesMeeting(text: string, dates: DateContext): boolean {
  return findMeetingKind(text) !== null && findDutchDates(text, dates).length > 0;
}

/**
 * A heading that groups motions, recognised by its shape: no list item, no quoted title, no closed
 * sentence; it starts with "Aangehouden/Aangenomen … moties", or it speaks of motions in its first
 * words ("Moties aangenomen in de Najaars-ALV van 29 november 2024") and names a meeting with a date.
 */
export function isGroupHeadingShape(text: string, dates: DateContext = {}): boolean {
  if (isListItem(text) || /[“”„"]/u.test(text) || /[.;,]$/.test(text) || text.length > 200) return false;
  if (GROUP_HEADING.test(text)) return true;
  return /^(?:\S+\s+){0,3}moties?\b/iu.test(text) && namesMeeting(text, dates);
}

/** In the table of contents also any short line ending in a colon, or one naming a meeting with a date. */
function isGroupHeading(text: string, dates: DateContext): boolean {
  if (isGroupHeadingShape(text, dates)) return true;
  return (
    !isListItem(text) &&
    text.endsWith(':') &&
    !/[“”„"]/u.test(text) &&
    (text.length <= 90 || (text.length <= 200 && namesMeeting(text, dates)))
  );
}

/** Join list items with the lines they continue on ("… aangenomen in Najaars" + "ALV 1 december 2023"). */
function tocItems(
  lines: LogicalLine[],
  from: number,
  to: number,
  dates: DateContext,
): { heading: string | null; text: string }[] {
  const items: { heading: string | null; text: string }[] = [];
  let heading: string | null = null;
  for (let i = from; i < to; i++) {
    const text = lines[i].text;
    const last = items[items.length - 1];
    if (isListItem(text)) items.push({ heading, text });
    else if (isGroupHeading(text, dates)) heading = text.replace(/:$/, '').trim();
    else if (last && last.heading === heading && !/\.\s*$/.test(last.text)) last.text += ` ${text}`;
  }
  return items;
}

/**
 * The table of contents of an accountability report: motions grouped under headings that name
 * the meeting; an item may name its own meeting ("aangenomen in ALV 29 juni 2022").
 */
export function parseAccountabilityToc(input: RecogniserInput, from: number, to: number): TocGroup[] {
  const groups: TocGroup[] = [];
  for (const item of tocItems(input.lines, from, to, input.dates)) {
    const reference = parseMotionReference(item.text, input.municipalities, input.dates);
    if (!reference) continue;
    const heading = item.heading ?? '';
    let group = groups.find((candidate) => candidate.heading === heading);
    if (!group) {
      group = { heading, meeting: parseMeetingRef(heading, input.dates), motions: [] };
      groups.push(group);
    }
    group.motions.push({
      title: reference.title,
      submitters: reference.submitters.names,
      andOthers: reference.submitters.andOthers,
      meeting: reference.meeting ?? group.meeting,
    });
  }
  return groups;
}

/** Body section headings (not followed by list items): they give the meeting of the motions below. */
export function sectionHeadings(
  lines: LogicalLine[],
  from: number,
  dates: DateContext = {},
): { index: number; heading: string }[] {
  const found: { index: number; heading: string }[] = [];
  for (let i = from; i < lines.length; i++) {
    if (isGroupHeadingShape(lines[i].text, dates) && !isListItem(lines[i + 1]?.text ?? '')) {
      found.push({ index: i, heading: lines[i].text.replace(/:$/, '').trim() });
    }
  }
  return found;
}
