import type { Executor } from '../../store/database.js';
import { getLetter } from '../../store/repositories/letters.js';
import { invalid } from '../errors.js';

/** The member letter a round goes with must be one of the organisation's own letters. */
export async function assertRoundLetter(
  db: Executor,
  organisationId: string,
  letterId: string | null | undefined,
): Promise<void> {
  if (!letterId) return;
  if (!(await getLetter(db, organisationId, letterId)))
    throw invalid('ledenbrief', 'unknown_reference', `Ledenbrief ${letterId} bestaat niet.`);
}
