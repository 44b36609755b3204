import { type DateContext, findDutchDates } from '../dutch-dates.js';
import { parseMeetingRef } from '../meetings.js';
import type { LogicalLine, MeetingRef } from '../types.js';

export type DocumentHeader = {
  title: string | null;
  agendaItem: string | null;
  /** The meeting the document is for ("Bijlage bij ledenbrief “Uitnodiging ALV 18 juni 2025”"). */
  meeting: MeetingRef | null;
  /** The date of the letter the document was sent with. */
  date: string | null;
};

const ATTACHMENT_OF = /\bbijlage\s+(?:\d+\s+)?bij\b|\bledenbrief\b/i;

/**
 * The first lines of a report or resolution: its title (agenda item number split off, a
 * parenthetical "(Bijlage bij …)" removed) and the letter and meeting it belongs to.
 */
export function readDocumentHeader(lines: LogicalLine[], context: DateContext, depth = 4): DocumentHeader {
  const header: DocumentHeader = { title: null, agendaItem: null, meeting: null, date: null };
  for (const line of lines.slice(0, depth)) {
    let text = line.text;
    const attachment = /\((bijlage[^)]*)\)/i.exec(text);
    if (header.title === null && !/^bijlage\b/i.test(text)) {
      const agenda = /^(\d{1,2})[.)]?\s+(?=\p{Lu})/u.exec(text);
      if (agenda) header.agendaItem = agenda[1];
      header.title = text
        .replace(/^(\d{1,2})[.)]?\s+(?=\p{Lu})/u, '')
        .replace(/\s*\(bijlage[^)]*\)/i, '')
        .trim();
      if (!attachment) continue;
      text = attachment[1];
    }
    if (!ATTACHMENT_OF.test(text) || header.meeting) continue;
    header.meeting = parseMeetingRef(text, context);
    const meetingDate = header.meeting?.date ?? null;
    header.date = findDutchDates(text, context).find((found) => found.date !== meetingDate)?.date ?? null;
  }
  return header;
}
