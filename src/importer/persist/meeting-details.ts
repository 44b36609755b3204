import {
  addAgendaItem,
  getMeeting,
  listAgendaItems,
  updateMeeting,
} from '../../store/repositories/meetings.js';
import type { ImportContext } from './import-context.js';

/** The place a document names for a meeting ("bijeen … te Gouda"), kept when the register has none yet. */
export async function keepMeetingPlace(
  ic: ImportContext,
  meetingId: string,
  place: string | null | undefined,
) {
  if (!place) return;
  const meeting = await getMeeting(ic.trx, ic.writer.organisationId, meetingId);
  if (!meeting || meeting.place) return;
  await updateMeeting(ic.trx, ic.writer, meetingId, { place });
  ic.track('meeting', meetingId);
}

/** An agenda item number as compared: "7." and "7" are the same item, "6A" and "6a" too. */
export const numberKey = (number: string) => number.replace(/[.)\s]+$/, '').toLowerCase();

/**
 * The meeting's agenda item with the number a document gives ("Motie bij agendapunt 6. Jaarstukken"),
 * added to the agenda when the register does not have it and the document gives its title; null without a
 * number.
 */
export async function agendaItemFor(
  ic: ImportContext,
  meetingId: string,
  item: { number: string | null; title: string | null } | null | undefined,
): Promise<string | null> {
  if (!item?.number) return null;
  let items = ic.agendaItems.get(meetingId);
  if (!items) {
    items = (await listAgendaItems(ic.trx, ic.writer.organisationId, meetingId)).map(({ id, number }) => ({
      id,
      number,
    }));
    ic.agendaItems.set(meetingId, items);
  }
  const found = items.find((candidate) => numberKey(candidate.number) === numberKey(item.number ?? ''));
  if (found) return found.id;
  // A number alone may be a list's numbering: an agenda item is only added when the document names it.
  if (!item.title) return null;
  const created = await addAgendaItem(ic.trx, ic.writer, {
    meetingId,
    number: numberKey(item.number),
    title: item.title,
  });
  items.push({ id: created.id, number: created.number });
  ic.count('agendaItems');
  return created.id;
}
