import { CompiledQuery } from 'kysely';
import { DomainError } from '../../domain/errors.js';
import type {
  MajorityRule,
  VoteAlternative,
  VoteChoice,
  VoteResult,
  VoteStatus,
} from '../../domain/types.js';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import { isPostgres } from '../engine.js';
import { ConflictError } from '../errors.js';
import type { BallotRow, VoteRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import {
  columnChanges,
  FIRST_PAGE,
  flag,
  fromJsonText,
  getScoped,
  insertAudited,
  isSet,
  type ListResult,
  listPage,
  type Page,
  parseSort,
  requireScoped,
  toJsonText,
  updateRecord,
} from './shared.js';

/** result is the tally of a closed vote (the domain's VoteResult), stored as JSON. */
export type VoteRecord = Omit<Camelize<VoteRow>, 'byAcclamation' | 'result' | 'alternatives'> & {
  byAcclamation: boolean;
  result: VoteResult | null;
  /** A ballot with alternatives; null: voor / tegen / onthouding. */
  alternatives: VoteAlternative[] | null;
};
export type BallotRecord = Camelize<BallotRow>;

export type NewVote = {
  id?: string;
  meetingId?: string | null;
  agendaItemId?: string | null;
  motionId?: string | null;
  motionPartId?: string | null;
  resolutionId?: string | null;
  amendmentId?: string | null;
  preAdviceId?: string | null;
  roundId?: string | null;
  alternatives?: VoteAlternative[] | null;
  subject: string;
  /** created, open, closed, published */
  status?: VoteStatus;
  majority?: MajorityRule;
  byAcclamation?: boolean;
  result?: VoteResult | null;
  openedAt?: string | null;
  closedAt?: string | null;
  publishedAt?: string | null;
};
export type VoteFilter = {
  meetingId?: string;
  motionId?: string;
  resolutionId?: string;
  status?: VoteStatus[];
};

export const toVoteRecord = (row: VoteRow): VoteRecord => ({
  ...camelize(row),
  byAcclamation: isSet(row.by_acclamation),
  result: fromJsonText<VoteResult | null>(row.result, null),
  alternatives: fromJsonText<VoteAlternative[] | null>(row.alternatives ?? null, null),
});

export async function createVote(db: Executor, ctx: WriteContext, input: NewVote): Promise<VoteRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: VoteRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      meeting_id: input.meetingId ?? null,
      agenda_item_id: input.agendaItemId ?? null,
      motion_id: input.motionId ?? null,
      motion_part_id: input.motionPartId ?? null,
      resolution_id: input.resolutionId ?? null,
      amendment_id: input.amendmentId ?? null,
      pre_advice_id: input.preAdviceId ?? null,
      round_id: input.roundId ?? null,
      alternatives: input.alternatives?.length ? toJsonText(input.alternatives) : null,
      subject: input.subject,
      status: input.status ?? 'created',
      majority: input.majority ?? 'simple',
      by_acclamation: flag(input.byAcclamation),
      result: input.result === undefined || input.result === null ? null : toJsonText(input.result),
      opened_at: input.openedAt ?? null,
      closed_at: input.closedAt ?? null,
      published_at: input.publishedAt ?? null,
      created_at: at,
      updated_at: at,
    };
    await insertAudited(trx, ctx, 'votes', row, {
      action: 'vote.created',
      entityKind: 'vote',
      newValues: input,
    });
    return toVoteRecord(row);
  });
}

export async function getVote(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<VoteRecord | undefined> {
  return getScoped(db, 'votes', organisationId, id, toVoteRecord);
}

export async function listVotes(
  db: Executor,
  organisationId: string,
  filter: VoteFilter = {},
  page: Page = FIRST_PAGE,
  sort: 'created' | '-created' | 'opened' | '-opened' = '-created',
): Promise<ListResult<VoteRecord>> {
  let q = db.selectFrom('votes').where('votes.organisation_id', '=', organisationId);
  if (filter.meetingId) q = q.where('votes.meeting_id', '=', filter.meetingId);
  if (filter.motionId) q = q.where('votes.motion_id', '=', filter.motionId);
  if (filter.resolutionId) q = q.where('votes.resolution_id', '=', filter.resolutionId);
  if (filter.status?.length) q = q.where('votes.status', 'in', filter.status);
  return listPage(
    q,
    'votes',
    parseSort(sort, { created: 'created_at', opened: 'opened_at' }, '-created', ['created']),
    page,
    toVoteRecord,
  );
}

export type VoteStatusChange = {
  voteId: string;
  from: VoteStatus;
  to: VoteStatus;
  at?: string;
  result?: VoteResult;
  byAcclamation?: boolean;
};

/**
 * Moves a vote to its next status (already checked by the domain rules); refuses when the stored status is
 * no longer `from` (a concurrent change). Stamps opened/closed/published and stores the result when given.
 */
export async function setVoteStatus(
  db: Executor,
  ctx: WriteContext,
  change: VoteStatusChange,
): Promise<VoteRecord> {
  return inTransaction(db, async (trx) => {
    const at = change.at ?? nowIso();
    const set: Partial<VoteRow> = { status: change.to, updated_at: nowIso() };
    if (change.to === 'open') set.opened_at = at;
    if (change.to === 'closed') set.closed_at = at;
    if (change.to === 'published') set.published_at = at;
    if (change.result !== undefined) set.result = toJsonText(change.result);
    if (change.byAcclamation !== undefined) set.by_acclamation = flag(change.byAcclamation);
    const updated = await trx
      .updateTable('votes')
      .set(set)
      .where('organisation_id', '=', ctx.organisationId)
      .where('id', '=', change.voteId)
      .where('status', '=', change.from)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      await requireScoped(trx, 'votes', ctx.organisationId, change.voteId, 'Stemming');
      throw new ConflictError(`Stemming ${change.voteId} is intussen gewijzigd`);
    }
    await appendAuditEvent(trx, ctx, {
      action: 'vote.status-changed',
      entityKind: 'vote',
      entityId: change.voteId,
      oldValues: { status: change.from },
      newValues: { status: change.to, at, result: change.result, byAcclamation: change.byAcclamation },
    });
    return (await getVote(trx, ctx.organisationId, change.voteId))!;
  });
}

/** Changes the subject or links of a vote that has not been opened yet (callers check the domain rules). */
export async function updateVote(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: Partial<Pick<NewVote, 'subject' | 'majority' | 'agendaItemId' | 'byAcclamation'>>,
): Promise<VoteRecord> {
  const set: Partial<VoteRow> = {
    updated_at: nowIso(),
    ...columnChanges(changes, ['subject', 'majority', 'agendaItemId', 'byAcclamation'], {
      booleans: ['byAcclamation'],
    }),
  };
  return updateRecord(
    db,
    ctx,
    'votes',
    id,
    set,
    {
      action: 'vote.updated',
      entityKind: 'vote',
      entity: 'Stemming',
    },
    toVoteRecord,
  );
}

/**
 * Stores one member's ballot. The weight is computed by the caller from the organisation's rule (never sent
 * by a client); a second ballot by the same member is refused (duplicate_ballot).
 */
export async function castBallot(
  db: Executor,
  ctx: WriteContext,
  input: { voteId: string; memberId: string; choice: VoteChoice; weight: number; castAt?: string },
): Promise<BallotRecord> {
  return inTransaction(db, async (trx) => {
    await requireScoped(trx, 'votes', ctx.organisationId, input.voteId, 'Stemming');
    // No read before the insert: the unique key (ballots_one_per_member) refuses a second ballot, also one of
    // another process at the same moment.
    const row: BallotRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      vote_id: input.voteId,
      member_id: input.memberId,
      choice: input.choice,
      weight: input.weight,
      cast_at: input.castAt ?? nowIso(),
    };
    try {
      await trx.insertInto('ballots').values(row).execute();
    } catch (error) {
      // A second ballot of the member (earlier, or at the same moment in another process).
      const code = (error as { code?: string } | null)?.code;
      if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new DomainError('duplicate_ballot', 'Dit lid heeft al gestemd');
      throw error;
    }
    await appendAuditEvent(trx, ctx, {
      action: 'vote.ballot-cast',
      entityKind: 'vote',
      entityId: input.voteId,
      newValues: { memberId: row.member_id, choice: row.choice, weight: row.weight },
    });
    return camelize(row);
  });
}

const BALLOT_COLUMNS = [
  'id',
  'organisation_id',
  'vote_id',
  'member_id',
  'choice',
  'weight',
  'cast_at',
] as const satisfies readonly (keyof BallotRow)[];
/** One text for any number of ballots (one prepared statement on PostgreSQL, docs/adr/031): an array per column. */
const INSERT_BALLOTS_SQL = `insert into ballots (${BALLOT_COLUMNS.join(', ')})
select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[])
on conflict (vote_id, member_id) do nothing returning id`;

/**
 * Stores the ballots of a group in one statement, each with its own audit event (in the given order). A
 * ballot whose member has one already (earlier, or at the same moment in another process) is skipped by the
 * unique key ballots_one_per_member, not raised: the ids of the ballots stored are returned.
 */
export async function insertBallots(
  trx: Executor,
  ballots: { ctx: WriteContext; row: BallotRow }[],
): Promise<Set<string>> {
  if (ballots.length === 0) return new Set();
  const inserted = isPostgres(trx)
    ? (
        await trx.executeQuery<{ id: string }>(
          CompiledQuery.raw(
            INSERT_BALLOTS_SQL,
            BALLOT_COLUMNS.map((c) => ballots.map((b) => b.row[c])),
          ),
        )
      ).rows
    : await trx
        .insertInto('ballots')
        .values(ballots.map((b) => b.row))
        .onConflict((oc) => oc.columns(['vote_id', 'member_id']).doNothing())
        .returning('id')
        .execute();
  const stored = new Set(inserted.map((r) => r.id));
  for (const { ctx, row } of ballots)
    if (stored.has(row.id))
      await appendAuditEvent(trx, ctx, {
        action: 'vote.ballot-cast',
        entityKind: 'vote',
        entityId: row.vote_id,
        newValues: { memberId: row.member_id, choice: row.choice, weight: row.weight },
      });
  return stored;
}

export type BallotWithMember = BallotRecord & { memberName: string; memberCode: string };

/** Named results per member, by member name. */
/** One ballot with its member's name and code (the answer to a cast), by its id. */
export async function getBallotWithMember(
  db: Executor,
  organisationId: string,
  ballotId: string,
): Promise<BallotWithMember | undefined> {
  const b = await db
    .selectFrom('ballots as b')
    .innerJoin('members as m', 'm.id', 'b.member_id')
    .selectAll('b')
    .select(['m.name as member_name', 'm.code as member_code'])
    .where('b.organisation_id', '=', organisationId)
    .where('b.id', '=', ballotId)
    .executeTakeFirst();
  if (!b) return undefined;
  const { member_name, member_code, ...ballot } = b;
  return {
    ...camelize(ballot as BallotRow),
    weight: Number(b.weight),
    memberName: member_name,
    memberCode: member_code,
  };
}

export async function listBallots(
  db: Executor,
  organisationId: string,
  voteId: string,
): Promise<BallotWithMember[]> {
  const rows = await db
    .selectFrom('ballots as b')
    .innerJoin('members as m', 'm.id', 'b.member_id')
    .selectAll('b')
    .select(['m.name as member_name', 'm.code as member_code'])
    .where('b.organisation_id', '=', organisationId)
    .where('b.vote_id', '=', voteId)
    .orderBy('m.name')
    .execute();
  return rows.map(({ member_name, member_code, ...b }) => ({
    ...camelize(b as BallotRow),
    weight: Number(b.weight),
    memberName: member_name,
    memberCode: member_code,
  }));
}
