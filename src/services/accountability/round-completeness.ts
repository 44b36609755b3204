import { type AccountableMotion, findMissingMotions } from '../../domain/index.js';
import type { Executor } from '../../store/database.js';
import {
  type AccountabilityEntryRecord,
  listOpenMotionFacts,
  listRoundEntries,
  listRoundMotionIds,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import { getMeeting, type MeetingRecord } from '../../store/repositories/meetings.js';
import {
  listMotions,
  listMotionsByIds,
  type MotionWithSubmitters,
} from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadRound } from './load-round.js';

const BATCH = 1000;

/**
 * Adopted and held motions of the register, however they entered it (form, API, import), dated by the
 * meeting that adopted them (a result recorded later keeps that date).
 */
export async function listOpenMotions(db: Executor, org: string): Promise<OpenMotion[]> {
  const meetings = new Map<string, MeetingRecord | undefined>();
  const out: OpenMotion[] = [];
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

/** A motion of the register with the date of the meeting that adopted it. */
export type OpenMotion = MotionWithSubmitters & AccountableMotion;

export type RoundCompleteness = {
  /** Open motions of the register the round must cover but does not. */
  missing: OpenMotion[];
  /** Entries in the round. */
  entries: number;
};

/** The completeness check of a round against the register: "3 open moties staan niet in deze ronde". */
export async function checkRoundCompleteness(
  options: Pick<UseCase, 'db'> & { organisationId: string; roundId: string },
): Promise<RoundCompleteness> {
  const { db, organisationId } = options;
  const round = await loadRound(db, organisationId, options.roundId);
  const meeting = await getMeeting(db, organisationId, round.meetingId);
  if (!meeting) return { missing: [], entries: 0 };
  const entries = await listRoundEntries(db, organisationId, round.id);
  const missing = findMissingMotions({
    motions: await listOpenMotions(db, organisationId),
    meeting,
    entries,
  });
  return { missing, entries: entries.length };
}

/**
 * The ids of the motions a round lacks, in register order: the same rule as checkRoundCompleteness
 * (findMissingMotions), applied to the open motions' facts only (one query, no records or submitters).
 */
export async function findMissingMotionIds(
  options: Pick<UseCase, 'db'> & { organisationId: string; roundId: string },
): Promise<string[]> {
  const { db, organisationId } = options;
  const round = await loadRound(db, organisationId, options.roundId);
  const meeting = await getMeeting(db, organisationId, round.meetingId);
  if (!meeting) return [];
  const [motions, motionIds] = await Promise.all([
    listOpenMotionFacts(db, organisationId),
    listRoundMotionIds(db, organisationId, round.id),
  ]);
  return findMissingMotions({ motions, meeting, entries: motionIds.map((motionId) => ({ motionId })) }).map(
    (motion) => motion.id,
  );
}

/** The records of these motions with their submitters, in the order of `ids` (a page of missing motions). */
export async function listMotionsInOrder(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<MotionWithSubmitters[]> {
  const records = await listMotionsByIds(db, organisationId, ids);
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.map((id) => byId.get(id)).filter((record) => record !== undefined);
}

/**
 * Adds missing motions to an open round, one (`motionIds`) or all (`all`), at the end of the report.
 * A motion that is not missing from this round is refused and nothing is added.
 */
export async function addMissingMotions(
  options: UseCase & { roundId: string; motionIds?: string[]; all?: boolean },
): Promise<AccountabilityEntryRecord[]> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const round = await loadRound(trx, writer.organisationId, options.roundId);
    if (round.status !== 'open')
      throw locked(
        'round_not_open',
        'Moties worden toegevoegd zolang de ronde open is; het bestuur heeft deze ronde al vastgesteld.',
      );
    const { missing } = await checkRoundCompleteness({
      db: trx,
      organisationId: writer.organisationId,
      roundId: round.id,
    });
    const byId = new Map(missing.map((motion) => [motion.id, motion]));
    const chosen = options.all ? missing.map((motion) => motion.id) : (options.motionIds ?? []);
    for (const [index, id] of chosen.entries())
      if (!byId.has(id))
        throw invalid(
          `moties.${index}`,
          'not_missing',
          `Motie ${id} ontbreekt niet in deze ronde: zij staat er al in, is niet (meer) open of is pas in deze vergadering aangenomen.`,
        );
    const added: AccountabilityEntryRecord[] = [];
    for (const id of chosen)
      added.push(await upsertAccountabilityEntry(trx, writer, { roundId: round.id, motionId: id }));
    return added;
  });
}
