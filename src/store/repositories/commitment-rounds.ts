import type { WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { CommitmentRoundEntryRow, CommitmentRoundRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { insertAudited, updateRecord } from './shared.js';

/** A council's accountability round for commitments and its entries (ADR 017). */
export type CommitmentRoundRecord = Camelize<CommitmentRoundRow>;
export type CommitmentRoundEntryRecord = Camelize<CommitmentRoundEntryRow>;
export type CommitmentEntryView = CommitmentRoundEntryRecord & {
  text: string;
  status: string;
  dueDate: string | null;
  portfolioHolder: string | null;
  madeAt: string | null;
  madeOn: string | null;
  fulfilment: string | null;
  fulfilledOn: string | null;
};

export async function createCommitmentRound(
  db: Executor,
  ctx: WriteContext,
  input: { meetingId: string; title: string; agreementIds: readonly string[] },
): Promise<CommitmentRoundRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const round: CommitmentRoundRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      meeting_id: input.meetingId,
      title: input.title,
      status: 'open',
      decided_on: null,
      created_at: at,
      updated_at: at,
    };
    await insertAudited(trx, ctx, 'commitment_rounds', round, {
      action: 'commitment-round.opened',
      entityKind: 'commitment-round',
      newValues: { ...round, agreementIds: input.agreementIds },
    });
    const entries: CommitmentRoundEntryRow[] = input.agreementIds.map((agreementId, i) => ({
      id: newId(),
      organisation_id: ctx.organisationId,
      round_id: round.id,
      agreement_id: agreementId,
      position: i + 1,
      proposal: null,
      explanation: null,
      decision: null,
      created_at: at,
      updated_at: at,
    }));
    if (entries.length > 0) await trx.insertInto('commitment_round_entries').values(entries).execute();
    return camelize(round);
  });
}

export async function getCommitmentRound(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<CommitmentRoundRecord | undefined> {
  const row = await db
    .selectFrom('commitment_rounds')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? camelize(row) : undefined;
}

export async function listCommitmentRounds(
  db: Executor,
  organisationId: string,
): Promise<(CommitmentRoundRecord & { meetingDate: string; meetingTitle: string })[]> {
  const rows = await db
    .selectFrom('commitment_rounds as r')
    .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
    .selectAll('r')
    .select(['m.date as meeting_date', 'm.title as meeting_title'])
    .where('r.organisation_id', '=', organisationId)
    .orderBy('m.date', 'desc')
    .execute();
  return rows.map(({ meeting_date, meeting_title, ...r }) => ({
    ...camelize(r),
    meetingDate: meeting_date,
    meetingTitle: meeting_title,
  }));
}

/** The round's entries with their commitment and the meeting it was made at, in order. */
export async function listCommitmentEntries(
  db: Executor,
  organisationId: string,
  roundId: string,
): Promise<CommitmentEntryView[]> {
  const rows = await db
    .selectFrom('commitment_round_entries as e')
    .innerJoin('agreements as a', 'a.id', 'e.agreement_id')
    .leftJoin('meetings as m', 'm.id', 'a.meeting_id')
    .selectAll('e')
    .select([
      'a.text',
      'a.status',
      'a.due_date',
      'a.portfolio_holder',
      'a.fulfilment',
      'a.fulfilled_on',
      'm.title as made_at',
      'm.date as made_on',
    ])
    .where('e.organisation_id', '=', organisationId)
    .where('e.round_id', '=', roundId)
    .orderBy('e.position')
    .execute();
  return rows.map(
    ({ text, status, due_date, portfolio_holder, fulfilment, fulfilled_on, made_at, made_on, ...e }) => ({
      ...camelize(e),
      text,
      status,
      dueDate: due_date,
      portfolioHolder: portfolio_holder ?? null,
      madeAt: made_at ?? null,
      madeOn: made_on ?? null,
      fulfilment: fulfilment ?? null,
      fulfilledOn: fulfilled_on ?? null,
    }),
  );
}

export async function setCommitmentEntry(
  db: Executor,
  ctx: WriteContext,
  id: string,
  set: Partial<Pick<CommitmentRoundEntryRow, 'proposal' | 'explanation' | 'decision'>>,
): Promise<CommitmentRoundEntryRecord> {
  return updateRecord(
    db,
    ctx,
    'commitment_round_entries',
    id,
    { ...set, updated_at: nowIso() },
    {
      action: set.decision !== undefined ? 'commitment-round.decided-entry' : 'commitment-round.proposed',
      entityKind: 'commitment-round-entry',
      entity: 'Regel van de toezeggingenlijst',
    },
  );
}

export async function markCommitmentRoundDecided(
  db: Executor,
  ctx: WriteContext,
  id: string,
  decidedOn: string,
): Promise<CommitmentRoundRecord> {
  return updateRecord(
    db,
    ctx,
    'commitment_rounds',
    id,
    { status: 'decided', decided_on: decidedOn, updated_at: nowIso() },
    { action: 'commitment-round.decided', entityKind: 'commitment-round', entity: 'Toezeggingenlijst' },
  );
}

/** A commitment the council settled (afgedaan): fulfilled on the meeting's date unless it already was. */
export async function settleCommitment(
  db: Executor,
  ctx: WriteContext,
  agreementId: string,
  on: string,
  fulfilment: string,
): Promise<void> {
  await updateRecord(
    db,
    ctx,
    'agreements',
    agreementId,
    { status: 'fulfilled', fulfilled_on: on, fulfilment, updated_at: nowIso() },
    { action: 'agreement.status-changed', entityKind: 'agreement', entity: 'Toezegging' },
  );
}
