import { computeMemberWeight, computeWeights, sumWeights, type VotingRule } from '../../domain/index.js';
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
  const { settings } = (await getOrganisation(db, organisationId))!;
  return {
    rule: settings.votingRule,
    majority: settings.majority ?? 'simple',
    quorum: Number(settings.quorum ?? 0),
  };
}

/** A member's weight by the organisation's rule: computed by the server, never sent by a client. */
export function weightOf(member: MemberRecord, rule: VotingRule): number {
  return computeMemberWeight({ member, rule });
}

/** The weight of all active members (everyone counts as present: attendance is not registered per vote). */
export async function eligibleWeight(
  db: Executor,
  organisationId: string,
  rule: VotingRule,
): Promise<number> {
  const members = await listMembers(db, organisationId);
  return sumWeights(computeWeights({ members, rule }));
}
