import {
  assertChoiceAllowed,
  castBallot as checkBallot,
  DomainError,
  type VoteChoice,
} from '../../domain/index.js';
import type { WriteContext } from '../../store/audit.js';
import { camelize } from '../../store/camelize.js';
import { newId, nowIso } from '../../store/clock.js';
import type { Executor } from '../../store/database.js';
import { groupCommit, type Outcome } from '../../store/group-commit.js';
import { readCastGroup } from '../../store/repositories/cast-reads.js';
import {
  credentialKey,
  findCredentialUsers,
  type StoredCredential,
} from '../../store/repositories/credential-users.js';
import type { UserRecord } from '../../store/repositories/users.js';
import { type BallotWithMember, insertBallots, type VoteRecord } from '../../store/repositories/votes.js';
import type { BallotRow } from '../../store/schema.js';
import { meetingWeights } from '../assembly/meeting-weights.js';
import { invalid, locked, missing } from '../errors.js';
import type { UseCase } from '../types.js';
import { votingRules, weightOf } from './load-vote.js';

export type BallotRequest = UseCase & { voteId: string; choice: VoteChoice } & (
    | { memberId: string; credential?: undefined }
    | {
        /**
         * A ballot over a long-lived connection (the ballot channel): its credential is checked in the group's
         * transaction, one statement for all credentials of the group (docs/adr/031); `memberOf` gets the user
         * behind it now (undefined: revoked, ended or disabled) and gives the member the ballot is for, or throws.
         */
        credential: StoredCredential & { memberOf: (user: UserRecord | undefined) => string };
        memberId?: undefined;
      }
  );

/**
 * One member's ballot while the vote is open; its weight follows from the organisation's rule. Ballots that
 * arrive while another cast is being committed are written together in one transaction (group commit,
 * docs/adr/018-ballot-group-commit.md); each gets its own answer. Inside a transaction it joins that one.
 */
export function castVote(options: BallotRequest): Promise<CastBallot> {
  return castInGroup(options.db, options);
}

/** The stored ballot, with its member and the meeting of its vote (whose watchers hear of it). */
export type CastBallot = BallotWithMember & { meetingId: string | null };

const castInGroup = groupCommit<BallotRequest, CastBallot>(
  (trx, requests) => castBallots(trx, requests),
  (request) => request.writer.organisationId,
);

/** Memoises one read per key for the length of a group. */
function perKey<T>(read: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const seen = new Map<string, Promise<T>>();
  return (key) => {
    let value = seen.get(key);
    if (!value) {
      value = read(key);
      seen.set(key, value);
    }
    return value;
  };
}

/**
 * The ballots of one group (one organisation), checked in arrival order with the same checks and refusals as
 * a single cast: the vote, the choice, the member, presence, the weight, the vote open, one ballot per member.
 * The group's votes, members and registers are read once; the accepted ballots are stored in one statement.
 */
async function castBallots(trx: Executor, requests: BallotRequest[]): Promise<Outcome<CastBallot>[]> {
  const org = requests[0].writer.organisationId;
  const writer = requests[0].writer;
  // The credentials of the group's ballots over the channel, as they stand in this transaction.
  const users = await findCredentialUsers(
    trx,
    requests.flatMap((r) => (r.credential ? [r.credential] : [])),
    nowIso(),
  );
  const memberIds = requests.map((r): Outcome<string> => {
    if (!r.credential) return { ok: true, value: r.memberId };
    try {
      return { ok: true, value: r.credential.memberOf(users.get(credentialKey(r.credential))) };
    } catch (error) {
      return { ok: false, error };
    }
  });
  // The group's votes, members and their presence: one statement on PostgreSQL.
  const reads = await readCastGroup(
    trx,
    org,
    requests.flatMap((r, i) => {
      const m = memberIds[i];
      return m.ok ? [{ voteId: r.voteId, memberId: m.value }] : [];
    }),
  );
  const frozen = perKey((meetingId) => meetingWeights(trx, org, meetingId, writer));
  const rules = perKey((organisationId) => votingRules(trx, organisationId));
  const members = reads.members;
  const taken = new Set<string>();

  const check = async (
    request: BallotRequest,
    memberId: string,
  ): Promise<{ ctx: WriteContext; row: BallotRow; ballot: CastBallot }> => {
    const v: VoteRecord | undefined = reads.votes.get(request.voteId);
    if (!v) throw missing('Stemming', request.voteId);
    // Voor / tegen / onthouding, or one of the vote's alternatives.
    assertChoiceAllowed(v.alternatives, request.choice);
    const member = members.get(memberId);
    if (member?.status !== 'active')
      throw invalid('lid', 'unknown_member', `Lid ${memberId} bestaat niet of stemt niet (meer).`);
    // At a meeting with a register only a present member votes; without one every member counts as present.
    if (v.meetingId) {
      if (reads.hasRegister(v.meetingId) && !reads.isPresent(v.meetingId, member.id))
        throw locked(
          'not_present',
          'Dit lid is niet aangemeld als aanwezig; alleen aanwezige leden stemmen.',
        );
    }
    // The weight of the meeting's reference date (frozen with the meeting), else today's rule.
    const weight = v.meetingId
      ? (await frozen(v.meetingId)).weights[member.id]
      : weightOf(member, (await rules(org)).rule);
    if (weight === undefined)
      throw invalid('lid', 'not_eligible', `${member.name} had op de peildatum geen stemrecht.`);
    // Not all ballots of the vote: the unique key of the store refuses a second one (duplicate_ballot).
    const ballot = checkBallot({
      vote: v,
      existing: [],
      memberId: member.id,
      choice: request.choice,
      weight,
      at: nowIso(),
    });
    const key = `${v.id}:${member.id}`;
    if (taken.has(key)) throw duplicate();
    taken.add(key);
    const row: BallotRow = {
      id: newId(),
      organisation_id: org,
      vote_id: v.id,
      member_id: member.id,
      choice: ballot.choice,
      weight: ballot.weight,
      cast_at: ballot.castAt,
    };
    const answer = {
      ...camelBallot(row),
      memberName: member.name,
      memberCode: member.code,
      meetingId: v.meetingId,
    };
    return { ctx: request.writer, row, ballot: answer };
  };

  const checked: Outcome<{ ctx: WriteContext; row: BallotRow; ballot: CastBallot }>[] = [];
  for (const [i, request] of requests.entries()) {
    const memberId = memberIds[i];
    if (!memberId.ok) {
      checked.push(memberId);
      continue;
    }
    try {
      checked.push({ ok: true, value: await check(request, memberId.value) });
    } catch (error) {
      checked.push({ ok: false, error });
    }
  }
  const stored = await insertBallots(
    trx,
    checked.flatMap((c) => (c.ok ? [c.value] : [])),
  );
  return checked.map((c) => {
    if (!c.ok) return c;
    // A second ballot of the member, earlier or at the same moment in another process.
    if (!stored.has(c.value.row.id)) return { ok: false, error: duplicate() };
    return { ok: true, value: c.value.ballot };
  });
}

const duplicate = () => new DomainError('duplicate_ballot', 'Dit lid heeft al gestemd');

const camelBallot = (row: BallotRow) => ({ ...camelize(row), weight: Number(row.weight) });
