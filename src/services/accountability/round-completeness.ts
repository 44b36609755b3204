import { type AccountableMotion, findMissingMotions } from '../../domain/index.js';
import type { Executor } from '../../store/database.js';
import {
  type AccountabilityEntryRecord,
  listOpenMotionFacts,
  listRoundMotionIds,
  type OpenMotionFacts,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { listMotionsByIds, type MotionWithSubmitters } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadRound } from './load-round.js';

/** A motion of the register with the date of the meeting that adopted it. */
export type OpenMotion = MotionWithSubmitters & AccountableMotion;

export type RoundCompleteness = {
  /** Open motions of the register the round must cover but does not (those of the page asked for). */
  missing: OpenMotion[];
  /** How many open motions the round lacks in all. */
  missingTotal: number;
  /** Entries in the round. */
  entries: number;
};

/**
 * The open motions of the register a round lacks, as facts (id, status, meeting, adoption date): one query for the
 * register's open motions and one for the round's, however many motions the register holds.
 */
async function missingFacts(
  db: Executor,
  organisationId: string,
  roundId: string,
): Promise<{ missing: OpenMotionFacts[]; entries: number }> {
  const round = await loadRound(db, organisationId, roundId);
  const meeting = await getMeeting(db, organisationId, round.meetingId);
  if (!meeting) return { missing: [], entries: 0 };
  const [motions, motionIds] = await Promise.all([
    listOpenMotionFacts(db, organisationId),
    listRoundMotionIds(db, organisationId, round.id),
  ]);
  const entries = motionIds.map((motionId) => ({ motionId }));
  return { missing: findMissingMotions({ motions, meeting, entries }), entries: entries.length };
}

/**
 * The completeness check of a round against the register: "3 open moties staan niet in deze ronde". Only the
 * missing motions are read as records (with their submitters), not every open motion of the register; with `page`
 * only those of that page (a register that lacks thousands is answered a page at a time, as every list is).
 */
export async function checkRoundCompleteness(
  options: Pick<UseCase, 'db'> & {
    organisationId: string;
    roundId: string;
    page?: { limit: number; offset: number };
  },
): Promise<RoundCompleteness> {
  const { db, organisationId, page } = options;
  const { missing, entries } = await missingFacts(db, organisationId, options.roundId);
  const shown = page ? missing.slice(page.offset, page.offset + page.limit) : missing;
  const records = await listMotionsInOrder(
    db,
    organisationId,
    shown.map((motion) => motion.id),
  );
  const adoptedOn = new Map(shown.map((motion) => [motion.id, motion.adoptedOn]));
  return {
    missing: records.map((record) => ({ ...record, adoptedOn: adoptedOn.get(record.id) ?? null })),
    missingTotal: missing.length,
    entries,
  };
}

/**
 * The ids of the motions a round lacks, in register order: the same rule as checkRoundCompleteness
 * (findMissingMotions), applied to the open motions' facts only (one query, no records or submitters).
 */
export async function findMissingMotionIds(
  options: Pick<UseCase, 'db'> & { organisationId: string; roundId: string },
): Promise<string[]> {
  const { missing } = await missingFacts(options.db, options.organisationId, options.roundId);
  return missing.map((motion) => motion.id);
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
    const { missing } = await missingFacts(trx, writer.organisationId, round.id);
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
