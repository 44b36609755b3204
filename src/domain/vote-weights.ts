import { DomainError } from './errors.js';
import type { Id, InhabitantBand, MemberStatus, VotingRule } from './types.js';

/** What a member's weight is computed from; a stored member record has it all. */
export type WeightBasis = { id: Id; inhabitants: number | null; seats: number | null };

/**
 * EXAMPLE ONLY: an illustrative band table so the system works out of the box.
 * This is NOT the VNG's statutory vote table; an administrator replaces it with the
 * organisation's own rule in its settings.
 */
export const EXAMPLE_INHABITANT_BANDS: readonly InhabitantBand[] = [
  { upTo: 10_000, weight: 1 },
  { upTo: 25_000, weight: 2 },
  { upTo: 50_000, weight: 3 },
  { upTo: 100_000, weight: 5 },
  { upTo: 200_000, weight: 8 },
  { upTo: null, weight: 12 },
];

export const EXAMPLE_VOTING_RULE: VotingRule = {
  kind: 'inhabitant-bands',
  bands: [...EXAMPLE_INHABITANT_BANDS],
};

/** Throws 'invalid_voting_rule' with the reason; called when an administrator saves a rule. */
export function validateVotingRule(rule: VotingRule): void {
  const fail = (reason: string): never => {
    throw new DomainError('invalid_voting_rule', reason, { details: { kind: rule.kind } });
  };
  const kinds: string[] = ['equal', 'seats', 'inhabitant-bands', 'proportional'];
  if (!kinds.includes(rule.kind)) fail(`unknown kind "${String(rule.kind)}"; use one of ${kinds.join(', ')}`);
  if (rule.kind === 'proportional' && !(Number.isFinite(rule.per) && rule.per > 0)) {
    fail('proportional: per must be a positive number');
  }
  if (rule.kind !== 'inhabitant-bands') return;
  const { bands } = rule;
  if (bands.length === 0) fail('inhabitant-bands: at least one band is needed');
  bands.forEach((band, index) => {
    if (!(Number.isFinite(band.weight) && band.weight > 0))
      fail(`band ${index + 1}: weight must be positive`);
    const isLast = index === bands.length - 1;
    if (band.upTo === null && !isLast) fail(`band ${index + 1}: only the last band may be open-ended`);
    const previous = index > 0 ? bands[index - 1].upTo : null;
    if (band.upTo !== null && previous !== null && band.upTo <= previous) {
      fail(`band ${index + 1}: upper bounds must increase`);
    }
  });
  if (bands[bands.length - 1].upTo !== null)
    fail('inhabitant-bands: the last band must be open-ended (upTo null)');
}

export function computeMemberWeight(options: { member: WeightBasis; rule: VotingRule }): number {
  const { member, rule } = options;
  switch (rule.kind) {
    case 'equal':
      return 1;
    case 'seats':
      return requireCount(member, 'seats');
    case 'inhabitant-bands': {
      validateVotingRule(rule);
      const inhabitants = requireCount(member, 'inhabitants');
      const band = rule.bands.find((candidate) => candidate.upTo === null || inhabitants <= candidate.upTo);
      // validateVotingRule guarantees an open-ended last band, so a band is always found.
      return (band as InhabitantBand).weight;
    }
    case 'proportional':
      validateVotingRule(rule);
      return Math.max(1, Math.ceil(requireCount(member, 'inhabitants') / rule.per));
  }
}

export type MemberWeight = { memberId: string; weight: number };

/** Weights of all active members: merged and ceased members no longer vote. */
export function computeWeights(options: {
  members: readonly (WeightBasis & { status: MemberStatus })[];
  rule: VotingRule;
}): MemberWeight[] {
  return options.members
    .filter((member) => member.status === 'active')
    .map((member) => ({ memberId: member.id, weight: computeMemberWeight({ member, rule: options.rule }) }));
}

export function sumWeights(weights: readonly { weight: number }[]): number {
  return weights.reduce((total, item) => total + item.weight, 0);
}

function requireCount(member: WeightBasis, field: 'inhabitants' | 'seats'): number {
  const value = member[field];
  if (value === null || !Number.isFinite(value) || value < 0) {
    throw new DomainError(
      'missing_weight_basis',
      `Member ${member.id} has no ${field}; its weight cannot be computed`,
      {
        details: { memberId: member.id, field },
      },
    );
  }
  return value;
}
