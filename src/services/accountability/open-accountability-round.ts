import { type AccountableMotion, openAccountabilityRound as openRound } from '../../domain/index.js';
import { nowIso } from '../../store/clock.js';
import type { Executor } from '../../store/database.js';
import {
  type AccountabilityRoundRecord,
  createAccountabilityRound,
  listAccountabilityRounds,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import { getMeeting, type MeetingRecord } from '../../store/repositories/meetings.js';
import { listMotions } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked } from '../errors.js';
import type { UseCase } from '../types.js';

const BATCH = 1000;

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
    const motions = await openMotions(trx, org);
    const { round, entries } = openRound({ meeting, motions, at: nowIso() });
    const created = await createAccountabilityRound(trx, writer, {
      id: round.id,
      meetingId: meeting.id,
      title: options.title ?? `Verantwoording over uitvoering moties, ${meeting.title}`,
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

/** Adopted and held motions, dated by the meeting that adopted them (a result recorded later keeps that date). */
async function openMotions(db: Executor, org: string): Promise<AccountableMotion[]> {
  const meetings = new Map<string, MeetingRecord | undefined>();
  const out: AccountableMotion[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const page = await listMotions(
      db,
      org,
      { status: ['adopted', 'held'] },
      { limit: BATCH, offset },
      'submitted',
    );
    for (const record of page.items) {
      if (record.meetingId && !meetings.has(record.meetingId))
        meetings.set(record.meetingId, await getMeeting(db, org, record.meetingId));
      const adoptedAt = record.meetingId ? meetings.get(record.meetingId) : undefined;
      out.push({ ...record, adoptedOn: adoptedAt?.date ?? record.decidedAt?.slice(0, 10) ?? null });
    }
    if (offset + BATCH >= page.total) return out;
  }
}
