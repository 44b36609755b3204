import {
  computeMemberWeight,
  computeWeights,
  type MajorityRule,
  type MemberStatus,
  sumWeights,
  type Vote,
  type VoteResult,
  type VoteStatus,
  type VotingRule,
} from '../../domain/index.js';
import type { Executor } from '../../store/database.js';
import { listMembers, type MemberRecord } from '../../store/repositories/members.js';
import { getOrganisation } from '../../store/repositories/organisations.js';
import { getVote, type VoteRecord } from '../../store/repositories/votes.js';
import { missing } from '../errors.js';

export async function loadVote(db: Executor, organisationId: string, id: string): Promise<VoteRecord> {
  const vote = await getVote(db, organisationId, id);
  if (!vote) throw missing('Stemming', id);
  return vote;
}

/** The organisation's rules for votes: how weights are computed, which majority, what quorum. */
export async function votingRules(db: Executor, organisationId: string) {
  const organisation = await getOrganisation(db, organisationId);
  const settings = organisation!.settings;
  return {
    rule: settings.votingRule as VotingRule,
    majority: (settings.majority ?? 'simple') as MajorityRule,
    quorum: Number(settings.quorum ?? 0),
  };
}

const asMember = (m: MemberRecord) => ({
  id: m.id,
  inhabitants: m.inhabitants,
  seats: m.seats,
  status: m.status as MemberStatus,
});

/** A member's weight by the organisation's rule: computed by the server, never sent by a client. */
export function weightOf(member: MemberRecord, rule: VotingRule): number {
  return computeMemberWeight({ member: asMember(member), rule });
}

/** The weight of all active members (everyone counts as present: attendance is not registered per vote). */
export async function eligibleWeight(
  db: Executor,
  organisationId: string,
  rule: VotingRule,
): Promise<number> {
  const members = await listMembers(db, organisationId);
  return sumWeights(computeWeights({ members: members.map(asMember), rule }));
}

export function toDomainVote(v: VoteRecord, quorum: number): Vote {
  return {
    id: v.id,
    organisationId: v.organisationId,
    meetingId: v.meetingId ?? '',
    agendaItemId: v.agendaItemId,
    subject: v.motionPartId
      ? { type: 'motion-part', id: v.motionPartId }
      : v.motionId
        ? { type: 'motion', id: v.motionId }
        : v.resolutionId
          ? { type: 'resolution', id: v.resolutionId }
          : { type: 'agenda-item', id: v.agendaItemId ?? '' },
    title: v.subject,
    status: v.status as VoteStatus,
    majority: v.majority as MajorityRule,
    quorum,
    byAcclamation: v.byAcclamation,
    openedAt: v.openedAt,
    closedAt: v.closedAt,
    publishedAt: v.publishedAt,
    result: (v.result ?? null) as VoteResult | null,
  };
}
