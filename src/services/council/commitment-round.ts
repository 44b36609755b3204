import type { Executor } from '../../store/database.js';
import {
  type CommitmentRoundRecord,
  createCommitmentRound,
  getCommitmentRound,
  listCommitmentEntries,
  markCommitmentRoundDecided,
  setCommitmentEntry,
  settleCommitment,
} from '../../store/repositories/commitment-rounds.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked, missing } from '../errors.js';
import type { UseCase } from '../types.js';

/**
 * A council's accountability cycle for commitments (ADR 017): at a meeting the griffie lists the open
 * commitments made before it (with status and due date), the college proposes to settle (afdoen) or keep each,
 * and the council decides; a settled commitment is fulfilled on the meeting's date. Dates from the records.
 */
export async function openCommitmentRound(
  options: UseCase & { meetingId: string },
): Promise<CommitmentRoundRecord> {
  const org = options.writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const meeting = await getMeeting(trx, org, options.meetingId);
    if (!meeting)
      throw invalid('vergadering', 'unknown_meeting', `Vergadering ${options.meetingId} bestaat niet.`);
    const open = await trx
      .selectFrom('agreements as a')
      .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
      .select(['a.id'])
      .where('a.organisation_id', '=', org)
      .where('a.kind', '=', 'commitment')
      .where('a.status', 'in', ['open', 'partly-fulfilled'])
      .where('m.date', '<', meeting.date)
      .orderBy('m.date')
      .orderBy('a.due_date')
      .orderBy('a.id')
      .execute();
    return createCommitmentRound(trx, options.writer, {
      meetingId: meeting.id,
      title: `Toezeggingenlijst ${meeting.title}`,
      agreementIds: open.map((a) => a.id),
    });
  });
}

async function openRound(trx: Executor, org: string, roundId: string) {
  const round = await getCommitmentRound(trx, org, roundId);
  if (!round) throw missing('Toezeggingenlijst', roundId);
  if (round.status !== 'open') throw locked('round_decided', 'De raad heeft over deze lijst al besloten.');
  return round;
}

/** The college's proposal for one commitment: settle (afdoen) or keep (aanhouden), with its explanation. */
export async function proposeOnCommitment(
  options: UseCase & { roundId: string; entryId: string; proposal: string; explanation?: string | null },
): Promise<void> {
  const org = options.writer.organisationId;
  if (options.proposal !== 'settle' && options.proposal !== 'keep')
    throw invalid('voorstel', 'invalid_proposal', 'Kies afdoen of aanhouden.');
  const proposal = options.proposal;
  await inTransaction(options.db, async (trx) => {
    await openRound(trx, org, options.roundId);
    const entries = await listCommitmentEntries(trx, org, options.roundId);
    if (!entries.some((e) => e.id === options.entryId))
      throw invalid('regel', 'unknown_entry', 'Deze toezegging staat niet op de lijst.');
    await setCommitmentEntry(trx, options.writer, options.entryId, {
      proposal,
      explanation: options.explanation?.trim() || null,
    });
  });
}

/**
 * The council decides: per commitment as proposed unless `overrides` says otherwise; every entry needs a
 * proposal or an override. Settled commitments become fulfilled on the meeting's date.
 */
export async function decideCommitmentRound(
  options: UseCase & { roundId: string; overrides?: Readonly<Record<string, 'settle' | 'keep'>> },
): Promise<CommitmentRoundRecord> {
  const org = options.writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const round = await openRound(trx, org, options.roundId);
    const meeting = (await getMeeting(trx, org, round.meetingId))!;
    const entries = await listCommitmentEntries(trx, org, round.id);
    for (const entry of entries) {
      const decision = options.overrides?.[entry.id] ?? entry.proposal;
      if (!decision)
        throw invalid(
          'regel',
          'missing_proposal',
          `Er is nog geen voorstel voor: ${entry.text.slice(0, 80)}`,
        );
      await setCommitmentEntry(trx, options.writer, entry.id, { decision });
      if (decision === 'settle')
        await settleCommitment(
          trx,
          options.writer,
          entry.agreementId,
          meeting.date,
          entry.explanation ?? `Afgedaan door de raad in de vergadering van ${meeting.date}.`,
        );
    }
    return markCommitmentRoundDecided(trx, options.writer, round.id, meeting.date);
  });
}
