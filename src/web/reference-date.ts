import { latestMeetingDate } from '../store/repositories/council.js';
import { todayInNetherlands } from './format.js';
import type { Web } from './web.js';

/**
 * The date overdue days are counted to, for the association and a council alike: taken from the records, the
 * latest meeting held (shown as "stand per …"). Only an organisation that has held no meeting yet counts to
 * today's date.
 */
export async function referenceDate(web: Web): Promise<{ today: string; asOf: string | null }> {
  const { organisation, db } = web.ctx;
  const held = await latestMeetingDate(db, organisation.id, { held: true });
  return held ? { today: held, asOf: held } : { today: todayInNetherlands(), asOf: null };
}
