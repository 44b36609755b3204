import type { VoteAlternative, VoteChoice, VoteStatus } from '../../domain/types.js';
import type { Executor } from '../database.js';

/** One ballot of a member with the vote it was cast in: for the member's page and workspace. */
export type MemberBallot = {
  id: string;
  voteId: string;
  voteSubject: string;
  voteStatus: VoteStatus;
  meetingId: string | null;
  motionId: string | null;
  resolutionId: string | null;
  choice: VoteChoice;
  /** The vote's alternatives, so a choice reads as its label; null: voor / tegen / onthouding. */
  voteAlternatives: VoteAlternative[] | null;
  weight: number;
  castAt: string;
};

/** Every ballot of one member, newest first (at most `limit`); who may see which is the read use case's rule. */
export async function listMemberBallots(
  db: Executor,
  organisationId: string,
  memberId: string,
  limit = 500,
): Promise<MemberBallot[]> {
  const rows = await db
    .selectFrom('ballots as b')
    .innerJoin('votes as v', 'v.id', 'b.vote_id')
    .select([
      'b.id',
      'b.vote_id',
      'b.choice',
      'b.weight',
      'b.cast_at',
      'v.subject',
      'v.status',
      'v.meeting_id',
      'v.motion_id',
      'v.resolution_id',
      'v.alternatives',
    ])
    .where('b.organisation_id', '=', organisationId)
    .where('b.member_id', '=', memberId)
    .orderBy('b.cast_at', 'desc')
    .orderBy('b.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    voteId: r.vote_id,
    voteSubject: r.subject,
    voteStatus: r.status,
    meetingId: r.meeting_id,
    motionId: r.motion_id,
    resolutionId: r.resolution_id,
    choice: r.choice,
    voteAlternatives: r.alternatives ? (JSON.parse(r.alternatives) as VoteAlternative[]) : null,
    weight: Number(r.weight),
    castAt: r.cast_at,
  }));
}

/** The motions an address follows (confirmed, and not unsubscribed from since). */
export async function listFollowedMotionIds(
  db: Executor,
  organisationId: string,
  email: string,
): Promise<string[]> {
  const address = email.toLowerCase();
  const [follows, optOuts] = await Promise.all([
    db
      .selectFrom('motion_follows')
      .select('motion_id')
      .where('organisation_id', '=', organisationId)
      .where('email', '=', address)
      .where('confirmed_at', 'is not', null)
      .execute(),
    db
      .selectFrom('email_opt_outs')
      .select('category')
      .where('organisation_id', '=', organisationId)
      .where('email', '=', address)
      .execute(),
  ]);
  const stopped = new Set(optOuts.map((o) => o.category));
  return follows.map((f) => f.motion_id).filter((id) => !stopped.has(`follow:${id}`));
}
