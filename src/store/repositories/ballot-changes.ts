import type { VoteChoice } from '../../domain/index.js';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { camelize } from '../camelize.js';
import { nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { BallotRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import type { BallotRecord } from './votes.js';

/** The member's ballot in a vote, if it voted. */
export async function findBallot(
  db: Executor,
  organisationId: string,
  voteId: string,
  memberId: string,
): Promise<BallotRecord | undefined> {
  const row = await db
    .selectFrom('ballots')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('vote_id', '=', voteId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return row && { ...camelize(row as BallotRow), weight: Number(row.weight) };
}

/** A member changes its choice while the vote is open: the same one row, a new choice, an audit event. */
export async function changeBallotChoice(
  db: Executor,
  ctx: WriteContext,
  input: { voteId: string; memberId: string; choice: VoteChoice; at?: string },
): Promise<BallotRecord> {
  return inTransaction(db, async (trx) => {
    const before = await findBallot(trx, ctx.organisationId, input.voteId, input.memberId);
    if (!before) throw new Error(`No ballot of ${input.memberId} in vote ${input.voteId}`);
    const at = input.at ?? nowIso();
    await trx
      .updateTable('ballots')
      .set({ choice: input.choice, cast_at: at })
      .where('id', '=', before.id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      action: 'vote.ballot-changed',
      entityKind: 'vote',
      entityId: input.voteId,
      oldValues: { memberId: input.memberId, choice: before.choice },
      newValues: { memberId: input.memberId, choice: input.choice },
    });
    return { ...before, choice: input.choice, castAt: at };
  });
}

/** How many members voted and with what weight, without naming them. */
export async function countBallots(
  db: Executor,
  organisationId: string,
  voteId: string,
): Promise<{ members: number; weight: number }> {
  const row = await db
    .selectFrom('ballots')
    .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.sum<string | number>('weight').as('w')])
    .where('organisation_id', '=', organisationId)
    .where('vote_id', '=', voteId)
    .executeTakeFirst();
  return { members: Number(row?.n ?? 0), weight: Number(row?.w ?? 0) };
}

/** countBallots of several votes in one query (the live state of a meeting); a vote without ballots is absent. */
export async function countBallotsByVote(
  db: Executor,
  organisationId: string,
  voteIds: string[],
): Promise<Map<string, { members: number; weight: number }>> {
  if (voteIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('ballots')
    .select((eb) => [
      'vote_id',
      eb.fn.countAll<string | number>().as('n'),
      eb.fn.sum<string | number>('weight').as('w'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('vote_id', 'in', voteIds)
    .groupBy('vote_id')
    .execute();
  return new Map(rows.map((r) => [r.vote_id, { members: Number(r.n), weight: Number(r.w ?? 0) }]));
}

/** The weight cast per choice in a vote (the running tally; no names). */
export async function weightByChoice(
  db: Executor,
  organisationId: string,
  voteId: string,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('ballots')
    .select((eb) => ['choice', eb.fn.sum<string | number>('weight').as('w')])
    .where('organisation_id', '=', organisationId)
    .where('vote_id', '=', voteId)
    .groupBy('choice')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.choice, Number(r.w)]));
}
