import { formatVoteResult } from '../../domain/index.js';
import { invalid } from '../errors.js';

export type VoteOutcome = 'adopted' | 'rejected' | 'postponed';
export type VoteResultInput = {
  outcome: VoteOutcome;
  /** Share of the weighted votes cast in favour (0–100), as published: "aangenomen met 98,29%". */
  percentage?: number | null;
  byAcclamation?: boolean;
};

/** The published wording of a result, after checking that its facts agree. */
export function describeVoteResult(input: VoteResultInput): string {
  if (input.byAcclamation) {
    if (input.outcome !== 'adopted')
      throw invalid('bijAcclamatie', 'acclamation_adopts', 'Bij acclamatie is een motie altijd aangenomen.');
    if (input.percentage != null)
      throw invalid('percentage', 'acclamation_without_count', 'Bij acclamatie wordt niet geteld.');
  }
  return formatVoteResult({
    outcome: input.outcome,
    // A postponed vote was not held: its wording has no share.
    percentage: input.outcome === 'postponed' ? null : (input.percentage ?? null),
    byAcclamation: input.byAcclamation ?? false,
  });
}
