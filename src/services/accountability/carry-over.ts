import { findNextRound, type RoundInOrder } from '../../domain/index.js';
import type { WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import {
  listRoundEntries,
  listRoundsInMeetingOrder,
  removeAccountabilityEntry,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';

/**
 * After the assembly decided at `meetingDate`: a held motion goes into the next open round by itself, and
 * a settled one leaves every later round that is still open (it is no longer the board's to account for).
 */
export async function carryOverDecisions(
  trx: Executor,
  writer: WriteContext,
  options: { meetingDate: string; held: string[]; settled: string[] },
): Promise<void> {
  const rounds = await listRoundsInMeetingOrder(trx, writer.organisationId);
  const ordered = rounds.map((round) => ({ ...round, status: round.status as RoundInOrder['status'] }));
  const next = findNextRound(ordered, options.meetingDate);
  if (next) {
    const present = new Set(
      (await listRoundEntries(trx, writer.organisationId, next.id)).map((entry) => entry.motionId),
    );
    for (const motionId of options.held)
      if (!present.has(motionId))
        await upsertAccountabilityEntry(trx, writer, { roundId: next.id, motionId });
  }
  if (options.settled.length === 0) return;
  const settled = new Set(options.settled);
  for (const round of ordered) {
    if (round.status !== 'open' || round.meetingDate <= options.meetingDate) continue;
    for (const entry of await listRoundEntries(trx, writer.organisationId, round.id))
      if (settled.has(entry.motionId) && entry.decision === null)
        await removeAccountabilityEntry(trx, writer, entry.id);
  }
}
