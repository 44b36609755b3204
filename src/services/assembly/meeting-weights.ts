import { computeWeights, type MemberStatus, sumWeights, type VotingRule } from '../../domain/index.js';
import type { WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import {
  freezeMeetingWeights,
  getMeetingWeights,
  type MeetingWeights,
} from '../../store/repositories/attendance.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { listMembers } from '../../store/repositories/members.js';
import { missing } from '../errors.js';
import { votingRules } from '../votes/load-vote.js';

/**
 * The weights a meeting votes with: the organisation's rule applied to the members' figures, at the meeting's
 * reference date (its date when it has none). Stored the first time a write needs them (check-in, a vote), so
 * the meeting keeps them when the population table or the rule changes afterwards. Reads before that compute
 * them without storing.
 */
export async function meetingWeights(
  db: Executor,
  organisationId: string,
  meetingId: string,
  writer?: WriteContext,
): Promise<MeetingWeights> {
  const key = `${organisationId}:${meetingId}`;
  const cached = frozenWeights.get(key);
  if (cached) return cached;
  const frozen = await getMeetingWeights(db, organisationId, meetingId);
  if (frozen) {
    // Frozen by this transaction (not yet committed): not cached, a rollback would take the row away.
    if (!frozenIn.get(db)?.has(key)) remember(key, frozen);
    return frozen;
  }
  const meeting = await getMeeting(db, organisationId, meetingId);
  if (!meeting) throw missing('Vergadering', meetingId);
  const { rule } = await votingRules(db, organisationId);
  const members = await listMembers(db, organisationId);
  const weights = computeWeights({
    members: members.map((m) => ({
      id: m.id,
      inhabitants: m.inhabitants,
      seats: m.seats,
      status: m.status as MemberStatus,
    })),
    rule: rule as VotingRule,
  });
  const computed: MeetingWeights = {
    meetingId,
    referenceDate: meeting.referenceDate ?? meeting.date,
    rule,
    weights: Object.fromEntries(weights.map((w) => [w.memberId, w.weight])),
    eligibleWeight: sumWeights(weights),
  };
  if (!writer) return computed;
  if (db.isTransaction) frozenIn.set(db, (frozenIn.get(db) ?? new Set()).add(key));
  return freezeMeetingWeights(db, writer, computed);
}

/**
 * Frozen weights never change (stored once, never updated or deleted: freezeMeetingWeights), so every process
 * keeps those it has read from the database; a ballot then looks up its member's weight by key instead of
 * reading the meeting's weights again. Bounded: the oldest meeting goes first.
 */
const frozenWeights = new Map<string, MeetingWeights>();
const CACHED_MEETINGS = 200;
/** The meetings whose weights a transaction (still open, maybe rolled back) froze. */
const frozenIn = new WeakMap<object, Set<string>>();

function remember(key: string, weights: MeetingWeights) {
  if (frozenWeights.size >= CACHED_MEETINGS) frozenWeights.delete(frozenWeights.keys().next().value!);
  frozenWeights.set(key, weights);
}
