import {
  type AgendaItemRecord,
  addAgendaItem,
  getAgendaItem,
  getMeeting,
  type NewAgendaItem,
  updateAgendaItem,
} from '../../store/repositories/meetings.js';
import { inTransaction } from '../../store/transaction.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';

/** Puts an item on a meeting's agenda ("11. Verantwoording moties", ter vaststelling / ter informatie). */
export async function putOnAgenda(options: UseCase & { item: NewAgendaItem }): Promise<AgendaItemRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    if (!(await getMeeting(trx, writer.organisationId, options.item.meetingId)))
      throw missing('Vergadering', options.item.meetingId);
    return addAgendaItem(trx, writer, options.item);
  });
}

/** Renumbers, retitles or moves an agenda item of this meeting. */
export async function editAgendaItem(
  options: UseCase & {
    meetingId: string;
    itemId: string;
    changes: Partial<Pick<NewAgendaItem, 'number' | 'title' | 'purpose' | 'position'>>;
  },
): Promise<AgendaItemRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const item = await getAgendaItem(trx, writer.organisationId, options.itemId);
    if (!item || item.meetingId !== options.meetingId) throw missing('Agendapunt', options.itemId);
    return updateAgendaItem(trx, writer, item.id, options.changes);
  });
}
