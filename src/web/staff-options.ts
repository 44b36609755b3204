import { formatDutchDate } from '../domain/vocabulary/index.js';
import { listDocuments } from '../store/repositories/documents.js';
import { listLetters } from '../store/repositories/letters.js';
import { listMeetings } from '../store/repositories/meetings.js';
import { listMembers } from '../store/repositories/members.js';
import type { Option } from './components/fields.js';
import type { Web } from './web.js';

/** Choices for the meeting selects of staff forms, newest first. */
export async function meetingOptions(web: Web): Promise<Option[]> {
  const { items } = await listMeetings(
    web.ctx.db,
    web.ctx.organisation.id,
    {},
    { limit: 1000, offset: 0 },
    '-date',
  );
  return items.map((m) => ({ value: m.id, label: `${m.title} (${formatDutchDate(m.date)})` }));
}

/** Choices for member selects: the active members by name. */
export async function memberOptions(web: Web): Promise<Option[]> {
  const members = await listMembers(web.ctx.db, web.ctx.organisation.id);
  return members.filter((m) => m.status === 'active').map((m) => ({ value: m.id, label: m.name }));
}

/** A select's value must be one of its options; anything else is "nothing chosen". */
export const chosen = (value: string | undefined, options: Option[]): string | null =>
  value && options.some((o) => o.value === value) ? value : null;

/** Imported source documents, newest first, to attach to a letter. */
export async function documentOptions(web: Web): Promise<Option[]> {
  const { items } = await listDocuments(web.ctx.db, web.ctx.organisation.id, {}, { limit: 500, offset: 0 });
  return items.map((d) => ({ value: d.id, label: d.title ?? d.filename }));
}

/** Member letters, newest first, for the letter a round goes with: "Lbr. 26/061 · Uitnodiging … (28 oktober 2026)". */
export async function letterOptions(web: Web): Promise<Option[]> {
  const { items } = await listLetters(
    web.ctx.db,
    web.ctx.organisation.id,
    {},
    { limit: 500, offset: 0 },
    '-date',
  );
  return items.map((l) => ({
    value: l.id,
    label: `${l.number ? `${l.number} · ` : ''}${l.subject}${l.date ? ` (${formatDutchDate(l.date)})` : ''}`,
  }));
}
