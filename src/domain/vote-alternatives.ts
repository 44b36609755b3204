import { DomainError } from './errors.js';
import { toPercentage } from './percentage.js';
import type { AlternativeKey, AlternativeTally, VoteAlternative, VoteChoice, VoteResult } from './types.js';
import { hasMajority, isQuorumMet, type TallyVoteOptions } from './vote-tally.js';

export const MAX_ALTERNATIVES = 9;
const AGAINST_LABEL = 'tegen';
const ABSTAIN_LABEL = 'onthouding';

/**
 * The alternatives of a ballot from the labels of the proposals ("bestuursvoorstel", "geamendeerd voorstel"),
 * keyed a1, a2 …; "tegen" when asked for, "onthouding" always (abstaining is every member's right).
 */
export function defineAlternatives(
  labels: readonly string[],
  options: { against: boolean },
): VoteAlternative[] {
  const proposals = labels.map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l !== '');
  if (proposals.length + (options.against ? 1 : 0) < 2)
    throw new DomainError('invalid_alternatives', 'A ballot with alternatives needs at least two of them', {
      details: { alternatives: proposals },
    });
  if (proposals.length > MAX_ALTERNATIVES)
    throw new DomainError('invalid_alternatives', `At most ${MAX_ALTERNATIVES} alternatives`, {
      details: { alternatives: proposals },
    });
  const seen = new Set<string>();
  for (const label of proposals) {
    if (label.length > 200)
      throw new DomainError('invalid_alternatives', 'An alternative is at most 200 characters');
    const folded = label.toLocaleLowerCase('nl');
    if (seen.has(folded) || folded === AGAINST_LABEL || folded === ABSTAIN_LABEL)
      throw new DomainError('invalid_alternatives', `Alternative "${label}" appears twice`, {
        details: { alternative: label },
      });
    seen.add(folded);
  }
  return [
    ...proposals.map((label, i) => ({ key: `a${i + 1}` as AlternativeKey, label })),
    ...(options.against ? [{ key: 'against' as const, label: AGAINST_LABEL }] : []),
    { key: 'abstain' as const, label: ABSTAIN_LABEL },
  ];
}

/** The choices a ballot of this vote may carry: its alternatives' keys, else voor / tegen / onthouding. */
export function allowedChoices(alternatives: readonly VoteAlternative[] | null): VoteChoice[] {
  return alternatives?.length ? alternatives.map((a) => a.key) : ['for', 'against', 'abstain'];
}

export function assertChoiceAllowed(
  alternatives: readonly VoteAlternative[] | null,
  choice: string,
): VoteChoice {
  const allowed = allowedChoices(alternatives);
  if (!allowed.includes(choice as VoteChoice))
    throw new DomainError('invalid_choice', `Choice ${choice} is not on this ballot`, {
      details: { choice, allowed },
    });
  return choice as VoteChoice;
}

/**
 * A multi-alternative vote: the weighted votes per alternative, the share of each in the votes cast
 * (abstentions apart), and the alternative that has the majority by the organisation's rule (simple: more than
 * half of cast; two-thirds: at least 2/3 of cast). None has it: "geen meerderheid" (outcome no-majority).
 * "tegen" winning rejects; a proposal winning adopts it. `for` is the weight of all proposals together, so the
 * plain fields still read as voor / tegen / onthouding.
 */
export function tallyAlternatives(
  options: Omit<TallyVoteOptions, 'ballots'> & {
    alternatives: readonly VoteAlternative[];
    ballots: readonly { memberId: string; choice: VoteChoice; weight: number }[];
  },
): VoteResult {
  const { alternatives } = options;
  if (alternatives.length < 2)
    throw new DomainError('invalid_alternatives', 'A ballot with alternatives needs at least two of them');
  if (!(options.quorum >= 0 && options.quorum <= 1))
    throw new DomainError('invalid_vote', 'quorum must be a fraction from 0 to 1');
  if (!(options.presentWeight >= 0 && options.presentWeight <= options.eligibleWeight))
    throw new DomainError('invalid_vote', 'presentWeight must be between 0 and eligibleWeight');
  const weights = new Map<string, { weight: number; members: number }>(
    alternatives.map((a) => [a.key, { weight: 0, members: 0 }]),
  );
  const seen = new Set<string>();
  for (const ballot of options.ballots) {
    if (seen.has(ballot.memberId))
      throw new DomainError('duplicate_ballot', `Member ${ballot.memberId} voted more than once`, {
        details: { memberId: ballot.memberId },
      });
    seen.add(ballot.memberId);
    const slot = weights.get(ballot.choice);
    if (!slot) throw new DomainError('invalid_choice', `Choice ${ballot.choice} is not on this ballot`);
    if (!(Number.isFinite(ballot.weight) && ballot.weight >= 0))
      throw new DomainError('invalid_vote', `Ballot of ${ballot.memberId} has an invalid weight`);
    slot.weight += ballot.weight;
    slot.members += 1;
  }
  const of = (key: string) => weights.get(key) ?? { weight: 0, members: 0 };
  const abstain = of('abstain');
  const against = of('against');
  let voted = 0;
  for (const slot of weights.values()) voted += slot.weight;
  if (voted > options.presentWeight)
    throw new DomainError('invalid_vote', 'More weight voted than is present', {
      details: { voted, presentWeight: options.presentWeight },
    });
  const cast = voted - abstain.weight;
  const tallies: AlternativeTally[] = alternatives.map((a) => ({
    key: a.key,
    label: a.label,
    weight: of(a.key).weight,
    members: of(a.key).members,
    percentage: a.key === 'abstain' ? null : toPercentage(of(a.key).weight, cast),
  }));
  const winner =
    tallies.find((t) => t.key !== 'abstain' && hasMajority(t.weight, cast, options.majority))?.key ?? null;
  const quorumMet = isQuorumMet(options);
  const proposals = cast - against.weight;
  const proposalMembers = options.ballots.length - abstain.members - against.members;
  return {
    for: proposals,
    against: against.weight,
    abstain: abstain.weight,
    cast,
    percentageFor: winner && winner !== 'against' ? toPercentage(of(winner).weight, cast) : null,
    abstentionsReported: { members: abstain.members, weight: abstain.weight },
    members: { for: proposalMembers, against: against.members, abstain: abstain.members },
    eligibleWeight: options.eligibleWeight,
    presentWeight: options.presentWeight,
    quorumMet,
    byAcclamation: false,
    outcome: !quorumMet
      ? 'no-quorum'
      : winner === null
        ? 'no-majority'
        : winner === 'against'
          ? 'rejected'
          : 'adopted',
    alternatives: { tallies, winner },
  };
}

/** The label of the winning alternative, when a proposal won ("geamendeerd voorstel"). */
export function winningAlternative(result: VoteResult): string | null {
  const winner = result.alternatives?.winner;
  if (!winner || winner === 'against' || winner === 'abstain') return null;
  return result.alternatives?.tallies.find((t) => t.key === winner)?.label ?? null;
}

/** A ballot's choice in words: the alternative's label when known ("geamendeerd voorstel"), else voor / tegen / onthouding. */
export function choiceLabel(choice: VoteChoice, alternatives?: readonly VoteAlternative[] | null): string {
  const alternative = alternatives?.find((a) => a.key === choice);
  if (alternative) return alternative.label;
  if (choice === 'for') return 'voor';
  if (choice === 'against') return 'tegen';
  if (choice === 'abstain') return 'onthouding';
  return `alternatief ${choice.slice(1)}`;
}

/** A ballot's choice in the API: voor / tegen / onthouding, or the alternative's key (a1, a2 …). */
export function choiceToApi(choice: VoteChoice): string {
  if (choice === 'for') return 'voor';
  if (choice === 'against') return 'tegen';
  if (choice === 'abstain') return 'onthouding';
  return choice;
}

/** The API's keuze back to a choice: voor / tegen / onthouding or an alternative key; null when neither. */
export function choiceFromApi(keuze: string): VoteChoice | null {
  if (keuze === 'voor') return 'for';
  if (keuze === 'tegen') return 'against';
  if (keuze === 'onthouding') return 'abstain';
  return /^a[1-9]$/.test(keuze) ? (keuze as VoteChoice) : null;
}
