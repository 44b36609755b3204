import { CompiledQuery } from 'kysely';
import { camelize } from '../camelize.js';
import type { Executor } from '../database.js';
import { isPostgres } from '../engine.js';
import type { MemberRow, VoteRow } from '../schema.js';
import { presentMembers } from './attendance.js';
import { getMembers, type MemberRecord } from './members.js';
import { isSet } from './shared.js';
import { getVote, toVoteRecord, type VoteRecord } from './votes.js';

/** What a group of ballots needs to check them: its votes, its members and their presence. */
export type CastReads = {
  votes: Map<string, VoteRecord>;
  members: Map<string, MemberRecord>;
  /** Whether the meeting keeps an attendance register (without one every member counts as present). */
  hasRegister: (meetingId: string) => boolean;
  isPresent: (meetingId: string, memberId: string) => boolean;
};

/**
 * One statement on PostgreSQL (precompiled text, ADR 031): per (vote, member) pair of the group the vote's row,
 * the member's row, the member's presence at the vote's meeting and whether that meeting keeps a register.
 */
const PAIRS_SQL = `select r.vote_id, r.member_id, to_jsonb(v) as vote, to_jsonb(m) as member, a.present,
  (v.meeting_id is not null and exists (select 1 from attendances x
    where x.organisation_id = $1 and x.meeting_id = v.meeting_id)) as register
from unnest($2::text[], $3::text[]) as r(vote_id, member_id)
left join votes v on v.organisation_id = $1 and v.id = r.vote_id
left join members m on m.organisation_id = $1 and m.id = r.member_id
left join attendances a on a.organisation_id = $1 and a.meeting_id = v.meeting_id and a.member_id = r.member_id`;

type PairRow = {
  vote_id: string;
  member_id: string;
  vote: VoteRow | null;
  member: MemberRow | null;
  present: number | null;
  register: boolean | null;
};

/**
 * The votes, members and presence a group of ballots is checked against (docs/adr/031): on PostgreSQL in one
 * statement for the whole group; on SQLite (in process, no round trips) by the repositories' reads.
 */
export async function readCastGroup(
  db: Executor,
  organisationId: string,
  pairs: { voteId: string; memberId: string }[],
): Promise<CastReads> {
  const votes = new Map<string, VoteRecord>();
  const members = new Map<string, MemberRecord>();
  const registers = new Set<string>();
  const present = new Set<string>();
  if (isPostgres(db)) {
    const { rows } = await db.executeQuery<PairRow>(
      CompiledQuery.raw(PAIRS_SQL, [
        organisationId,
        pairs.map((p) => p.voteId),
        pairs.map((p) => p.memberId),
      ]),
    );
    for (const row of rows) {
      if (row.vote && !votes.has(row.vote.id)) votes.set(row.vote.id, toVoteRecord(row.vote));
      if (row.member && !members.has(row.member.id)) members.set(row.member.id, camelize(row.member));
      const meetingId = row.vote?.meeting_id;
      if (!meetingId) continue;
      if (row.register) registers.add(meetingId);
      if (row.present !== null && isSet(row.present)) present.add(`${meetingId}:${row.member_id}`);
    }
  } else {
    for (const id of new Set(pairs.map((p) => p.voteId))) {
      const vote = await getVote(db, organisationId, id);
      if (vote) votes.set(id, vote);
    }
    for (const [id, member] of await getMembers(db, organisationId, [
      ...new Set(pairs.map((p) => p.memberId)),
    ]))
      members.set(id, member);
    const meetings = new Set([...votes.values()].flatMap((v) => (v.meetingId ? [v.meetingId] : [])));
    for (const meetingId of meetings) {
      const attendance = await presentMembers(db, organisationId, meetingId);
      if (attendance.register) registers.add(meetingId);
      for (const memberId of attendance.present) present.add(`${meetingId}:${memberId}`);
    }
  }
  return {
    votes,
    members,
    hasRegister: (meetingId) => registers.has(meetingId),
    isPresent: (meetingId, memberId) => present.has(`${meetingId}:${memberId}`),
  };
}
