import { openAccountabilityRound as openRound } from '../../domain/index.js';
import { formatDutchDate } from '../../domain/vocabulary/index.js';
import { nowIso } from '../../store/clock.js';
import {
  type AccountabilityRoundRecord,
  createAccountabilityRound,
  listAccountabilityRounds,
  listOpenMotionFacts,
  listRoundsInMeetingOrder,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked } from '../errors.js';
import type { UseCase } from '../types.js';
import { assertRoundLetter } from './round-letter.js';

/**
 * Opens the accountability round for a meeting: one entry per motion that is still work for the board
 * (adopted or held, adopted at an earlier meeting). One round per meeting.
 */
export async function openAccountabilityRound(
  options: UseCase & {
    meetingId: string;
    title?: string;
    letterId?: string | null;
    agendaItemId?: string | null;
  },
): Promise<AccountabilityRoundRecord> {
  const { db, writer } = options;
  const org = writer.organisationId;
  return inTransaction(db, async (trx) => {
    const meeting = await getMeeting(trx, org, options.meetingId);
    if (!meeting)
      throw invalid('vergadering', 'unknown_meeting', `Vergadering ${options.meetingId} bestaat niet.`);
    await assertRoundLetter(trx, org, options.letterId);
    const existing = await listAccountabilityRounds(
      trx,
      org,
      { meetingId: meeting.id },
      { limit: 1, offset: 0 },
    );
    if (existing.total > 0)
      throw locked(
        'round_exists',
        `Voor deze vergadering is al een verantwoordingsronde (${existing.items[0].id}).`,
      );
    // The rounds follow the meetings: once a later meeting decided on its round, an earlier meeting's round would
    // decide (dated by that earlier meeting) on motions whose later history is already recorded.
    const later = (await listRoundsInMeetingOrder(trx, org)).find(
      (r) => r.status === 'decided' && r.meetingDate > meeting.date,
    );
    if (later)
      throw locked(
        'round_out_of_order',
        `De ${later.meetingTitle} van ${formatDutchDate(later.meetingDate)} heeft al over haar verantwoordingsronde besloten; voor een eerdere vergadering wordt geen ronde meer geopend.`,
      );
    // The open motions' facts (id, status, meeting, adoption date) are all the round's selection needs.
    const motions = await listOpenMotionFacts(trx, org);
    const { round, entries } = openRound({ meeting, motions, at: nowIso() });
    const created = await createAccountabilityRound(trx, writer, {
      id: round.id,
      meetingId: meeting.id,
      title: options.title ?? 'Verantwoording over uitvoering moties',
      letterId: options.letterId ?? null,
      agendaItemId: options.agendaItemId ?? null,
      status: 'open',
      openedAt: round.openedAt,
    });
    for (const [index, entry] of entries.entries()) {
      await upsertAccountabilityEntry(trx, writer, {
        roundId: created.id,
        motionId: entry.motionId,
        position: index + 1,
      });
    }
    return created;
  });
}
