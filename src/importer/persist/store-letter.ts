import { formatDutchDate } from '../../domain/vocabulary/index.js';
import { today } from '../../store/clock.js';
import { createAgreement, listAgreements } from '../../store/repositories/agreements.js';
import {
  createLetter,
  findLetterByNumber,
  findLetterByReference,
  getLetter,
  listLettersOfDate,
  updateLetter,
} from '../../store/repositories/letters.js';
import {
  createMeeting,
  getMeeting,
  listMeetings,
  type MeetingChanges,
  updateMeeting,
} from '../../store/repositories/meetings.js';
import { findMeetingKind } from '../meetings.js';
import type { EventRecord, FileAnalysis, Provenance } from '../types.js';
import type { ImportContext } from './import-context.js';

/** Events that are meetings of the members; a debate in parliament is announced, not organised. */
const MEMBER_MEETING = /\bleden(?:bijeenkomst|vergadering|raadpleging)\b|\bbijeenkomst\b|\bALV\b/i;

/**
 * A meeting the letter announces: an assembly ("Algemene Ledenvergadering (ALV)") is the one meeting
 * of that date and kind, filled in with its times and place where the register lacks them; another
 * gathering of the members is a ledenbijeenkomst of that date, created once.
 */
async function storeEvent(ic: ImportContext, event: EventRecord): Promise<void> {
  const label = `${event.title} ${event.heading ?? ''}`;
  if (!event.date || !MEMBER_MEETING.test(label)) return;
  const details = { startTime: event.start, endTime: event.end, place: event.place };
  const assembly = findMeetingKind(label);
  if (assembly) {
    const id = await ic.meetingId({ kind: assembly.kind, date: event.date }, { details });
    if (!id) return;
    const meeting = await getMeeting(ic.trx, ic.writer.organisationId, id);
    const changes: MeetingChanges = {};
    if (meeting && !meeting.startTime && event.start) changes.startTime = event.start;
    if (meeting && !meeting.endTime && event.end) changes.endTime = event.end;
    if (meeting && !meeting.place && event.place) changes.place = event.place;
    if (Object.keys(changes).length > 0) {
      await updateMeeting(ic.trx, ic.writer, id, changes);
      ic.count('meetingsEnriched');
      ic.track('meeting', id);
    }
    ic.trace('meeting', id, event.source);
    return;
  }
  const org = ic.writer.organisationId;
  const existing = await listMeetings(ic.trx, org, { from: event.date, to: event.date });
  if (existing.items.length > 0) return;
  const meeting = await createMeeting(ic.trx, ic.writer, {
    kind: 'ledenbijeenkomst',
    title: event.heading ?? event.title,
    date: event.date,
    startTime: event.start,
    endTime: event.end,
    place: event.place,
    status: event.date <= (ic.source.date ?? '') || event.date <= today() ? 'held' : 'planned',
  });
  ic.count('meetings');
  ic.trace('meeting', meeting.id, event.source);
  ic.track('meeting', meeting.id);
}

/**
 * What a letter without a subject line is called in the register: by its number ("Ledenbrief Lbr. 23/040"),
 * else its date; the file's name only when the letter says neither.
 */
function untitled(number: string | null, date: string | null, file: string): string {
  if (number) return `Ledenbrief ${number}`;
  if (date) return `Ledenbrief van ${formatDutchDate(date)}`;
  return file;
}

/** A letter of that date with the same subject (a letter without kenmerk or number). */
async function sameSubjectAndDate(ic: ImportContext, subject: string | null, date: string | null) {
  if (!subject || !date) return undefined;
  const key = subject.toLowerCase().replace(/\s+/g, ' ').trim();
  const found = (await listLettersOfDate(ic.trx, ic.writer.organisationId, date)).find(
    (letter) => letter.subject.toLowerCase().replace(/\s+/g, ' ').trim() === key,
  );
  return found ? getLetter(ic.trx, ic.writer.organisationId, found.id) : undefined;
}

/**
 * A member letter: the letter (matched on its kenmerk, filled in where the register lacks fields),
 * the agreements it reports (linked to the letter) and the member meetings it announces.
 */
export async function storeMemberLetter(
  ic: ImportContext,
  analysis: FileAnalysis,
  body: string,
  span: Provenance,
): Promise<void> {
  const letter = analysis.letter;
  if (!letter) return;
  const org = ic.writer.organisationId;
  // The same letter in another document (or another copy): by kenmerk, else by Lbr-number, else by subject and date.
  const existing =
    (letter.reference ? await findLetterByReference(ic.trx, org, letter.reference) : undefined) ??
    (letter.number ? await findLetterByNumber(ic.trx, org, letter.number) : undefined) ??
    (await sameSubjectAndDate(ic, letter.subject ?? analysis.title, letter.date));
  let letterId: string;
  if (existing) {
    letterId = existing.id;
    const changes = {
      number: existing.number ?? letter.number,
      date: existing.date ?? letter.date,
      addressees: existing.addressees ?? letter.addressees,
      body: existing.body ?? body,
    };
    await updateLetter(ic.trx, ic.writer, existing.id, changes);
    ic.count('lettersEnriched');
  } else {
    const created = await createLetter(ic.trx, ic.writer, {
      reference: letter.reference,
      number: letter.number,
      date: letter.date,
      subject: letter.subject ?? analysis.title ?? untitled(letter.number, letter.date, ic.source.file),
      addressees: letter.addressees,
      body,
      attachments: letter.attachments.map((title) => ({ title })),
    });
    letterId = created.id;
    ic.count('lettersCreated');
  }
  ic.trace('letter', letterId, span);
  ic.track('letter', letterId);
  const known = new Set(
    (
      await listAgreements(ic.trx, org, { letterId, withDeadlines: true }, { limit: 500, offset: 0 })
    ).items.map((a) => a.text),
  );
  // A letter that reports one consultation ("Uitkomsten Overhedenoverleg 17 maart") reports its agreements.
  const consultationId = ic.consultations.size === 1 ? [...ic.consultations.values()][0] : null;
  for (const agreement of analysis.agreements) {
    if (known.has(agreement.text)) continue;
    const created = await createAgreement(ic.trx, ic.writer, {
      text: agreement.text,
      party: agreement.party,
      dueDate: agreement.due,
      // The letter's deadline for its readers stays with the letter: never overdue in the agreements' register.
      ...(agreement.forReaders ? { kind: 'deadline' as const } : {}),
      sourceKind: consultationId ? 'consultation' : 'letter',
      consultationId,
      letterId,
    });
    ic.count(agreement.forReaders ? 'deadlines' : 'agreements');
    ic.trace('agreement', created.id, agreement.source);
    ic.track('agreement', created.id);
  }
  for (const event of analysis.events) await storeEvent(ic, event);
}
