import { formatPercentage } from '../../domain/index.js';
import { invalid } from '../errors.js';

export type VoteOutcome = 'adopted' | 'rejected' | 'postponed';
export type VoteResultInput = {
  outcome: VoteOutcome;
  /** Share of the weighted votes cast in favour (0–100), as published: "aangenomen met 98,29%". */
  percentage?: number | null;
  byAcclamation?: boolean;
};

/** The published wording of a result, checked for consistency. */
export function describeVoteResult(input: VoteResultInput): string {
  if (input.byAcclamation) {
    if (input.outcome !== 'adopted')
      throw invalid('bijAcclamatie', 'acclamation_adopts', 'Bij acclamatie is een motie altijd aangenomen.');
    if (input.percentage != null)
      throw invalid('percentage', 'acclamation_without_count', 'Bij acclamatie wordt niet geteld.');
    return 'akkoord bij acclamatie';
  }
  if (input.outcome === 'postponed') return 'aangehouden';
  const verb = input.outcome === 'adopted' ? 'aangenomen' : 'verworpen';
  return input.percentage == null ? verb : `${verb} met ${formatPercentage(input.percentage)}`;
}
