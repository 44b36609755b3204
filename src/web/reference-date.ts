import { latestMeetingDate } from '../store/repositories/council.js';
import { todayInNetherlands } from './format.js';
import type { Web } from './web.js';

/**
 * The date overdue days are counted to. A council's pages take it from the records: the latest meeting held
 * (shown as "stand per …"); without one, and for the association, today's date.
 */
export async function referenceDate(web: Web): Promise<{ today: string; asOf: string | null }> {
  const { organisation, db } = web.ctx;
  if (organisation.kind === 'vereniging') return { today: todayInNetherlands(), asOf: null };
  const held = await latestMeetingDate(db, organisation.id, { held: true });
  return held ? { today: held, asOf: held } : { today: todayInNetherlands(), asOf: null };
}
