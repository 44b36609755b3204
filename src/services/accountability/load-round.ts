import type { Executor } from '../../store/database.js';
import {
  type AccountabilityRoundRecord,
  getAccountabilityRound,
} from '../../store/repositories/accountability.js';
import { missing } from '../errors.js';

export async function loadRound(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<AccountabilityRoundRecord> {
  const round = await getAccountabilityRound(db, organisationId, id);
  if (!round) throw missing('Verantwoordingsronde', id);
  return round;
}
