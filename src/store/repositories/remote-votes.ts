import { type Camelize, camelize } from '../camelize.js';
import type { Executor } from '../database.js';
import type { RemoteVoteRow } from '../schema.js';
import { getScoped, insertAudited } from './shared.js';

export type RemoteVote = Camelize<RemoteVoteRow>;

/** Stores the period and ratifying assembly of a vote held remotely; call inside the vote's transaction. */
export async function createRemoteVote(
  trx: Executor,
  ctx: import('../audit.js').WriteContext,
  input: Omit<RemoteVote, 'organisationId'>,
): Promise<RemoteVote> {
  const row: RemoteVoteRow = {
    id: input.id,
    organisation_id: ctx.organisationId,
    opens_on: input.opensOn,
    closes_on: input.closesOn,
    ratification_meeting_id: input.ratificationMeetingId,
    created_at: input.createdAt,
  };
  await insertAudited(trx, ctx, 'remote_votes', row, {
    action: 'vote.remote-opened',
    entityKind: 'remote-vote',
  });
  return camelize(row);
}

export async function getRemoteVote(
  db: Executor,
  organisationId: string,
  voteId: string,
): Promise<RemoteVote | undefined> {
  return getScoped(db, 'remote_votes', organisationId, voteId);
}

/** Remote votes, newest period first; narrowed to those open on a day or put to one assembly. */
export async function listRemoteVotes(
  db: Executor,
  organisationId: string,
  filter: { openOn?: string; ratificationMeetingId?: string } = {},
): Promise<RemoteVote[]> {
  let q = db.selectFrom('remote_votes').selectAll().where('organisation_id', '=', organisationId);
  if (filter.openOn) q = q.where('opens_on', '<=', filter.openOn).where('closes_on', '>=', filter.openOn);
  if (filter.ratificationMeetingId) q = q.where('ratification_meeting_id', '=', filter.ratificationMeetingId);
  const rows = await q.orderBy('opens_on', 'desc').orderBy('id').limit(200).execute();
  return rows.map((r) => camelize(r));
}

/** How many members have cast a ballot in a vote. */
export async function countBallots(db: Executor, organisationId: string, voteId: string): Promise<number> {
  const row = await db
    .selectFrom('ballots')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('vote_id', '=', voteId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
