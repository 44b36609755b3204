import { dateInNetherlands } from '../../domain/vocabulary/index.js';
import type { Executor } from '../../store/database.js';
import { latestMeetingDate } from '../../store/repositories/council.js';

/** The date overdue deadlines are counted to, and the meeting it is taken from (null: today's date). */
export type OverdueReference = { today: string; asOf: string | null };

/**
 * The one date every read (portal pages, the API, a resolution's conditions) counts overdue deadlines to, for the
 * association and a council alike: taken from the records, the latest meeting held (said as "stand per …"). Only
 * an organisation that has held no meeting yet counts to today's date in the Netherlands.
 */
export async function overdueReference(db: Executor, organisationId: string): Promise<OverdueReference> {
  const held = await latestMeetingDate(db, organisationId, { held: true });
  return held ? { today: held, asOf: held } : { today: dateInNetherlands(new Date()), asOf: null };
}
