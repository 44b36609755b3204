import { createAgreement, listAgreements } from '../../store/repositories/agreements.js';
import { createLetter, findLetterByReference, updateLetter } from '../../store/repositories/letters.js';
import { createMeeting, listMeetings } from '../../store/repositories/meetings.js';
import type { EventRecord, FileAnalysis, Provenance } from '../types.js';
import type { ImportContext } from './import-context.js';

/** Events that are meetings of the members; a debate in parliament is announced, not organised. */
const MEMBER_MEETING = /\bleden(?:bijeenkomst|vergadering|raadpleging)\b|\bbijeenkomst\b|\bALV\b/i;

async function storeEvent(ic: ImportContext, event: EventRecord): Promise<void> {
  if (!event.date || !MEMBER_MEETING.test(`${event.title} ${event.heading ?? ''}`)) return;
  const org = ic.writer.organisationId;
  const existing = await listMeetings(ic.trx, org, {
    from: event.date,
    to: event.date,
    kind: ['ledenbijeenkomst'],
  });
  if (existing.items.length > 0) return;
  const meeting = await createMeeting(ic.trx, ic.writer, {
    kind: 'ledenbijeenkomst',
    title: event.heading ?? event.title,
    date: event.date,
    startTime: event.start,
    endTime: event.end,
    place: event.place,
    status: event.date <= new Date().toISOString().slice(0, 10) ? 'held' : 'planned',
  });
  ic.count('meetings');
  ic.trace('meeting', meeting.id, event.source);
  ic.track('meeting', meeting.id);
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
  const existing = letter.reference ? await findLetterByReference(ic.trx, org, letter.reference) : undefined;
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
      subject: letter.subject ?? analysis.title ?? ic.file,
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
    (await listAgreements(ic.trx, org, { letterId }, { limit: 500, offset: 0 })).items.map((a) => a.text),
  );
  for (const agreement of analysis.agreements) {
    if (known.has(agreement.text)) continue;
    const created = await createAgreement(ic.trx, ic.writer, {
      text: agreement.text,
      party: agreement.party,
      dueDate: agreement.due,
      sourceKind: 'letter',
      letterId,
    });
    ic.count('agreements');
    ic.trace('agreement', created.id, agreement.source);
    ic.track('agreement', created.id);
  }
  for (const event of analysis.events) await storeEvent(ic, event);
}
