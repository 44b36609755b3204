import { formatPercentage } from '../percentage.js';
import type { BallotChoice, VoteOutcome, VoteStatus } from '../types.js';
import { defineVocabulary, type Term } from './vocabulary.js';

export const voteStatus = defineVocabulary<VoteStatus>({
  created: { api: 'aangemaakt', label: 'Aangemaakt' },
  open: { api: 'geopend', label: 'Geopend' },
  closed: { api: 'gesloten', label: 'Gesloten' },
  published: { api: 'gepubliceerd', label: 'Gepubliceerd' },
});

export const ballotChoice = defineVocabulary<BallotChoice>({
  for: { api: 'voor', label: 'voor' },
  against: { api: 'tegen', label: 'tegen' },
  abstain: { api: 'onthouding', label: 'onthouding' },
});

/** What a vote (or the published result of one) decided; the archive also knows withdrawn and settled. */
export type ResultOutcome = VoteOutcome | 'postponed' | 'withdrawn' | 'settled';

/** `result` is the word in the published result line ("aangehouden", "aangenomen met 98,29%"). */
export const voteOutcome = defineVocabulary<ResultOutcome, Term & { result: string }>({
  adopted: { api: 'aangenomen', label: 'Aangenomen', result: 'aangenomen' },
  rejected: { api: 'verworpen', label: 'Verworpen', result: 'verworpen' },
  'no-quorum': { api: 'geen-quorum', label: 'Geen quorum', result: 'geen quorum' },
  'no-majority': { api: 'geen-meerderheid', label: 'Geen meerderheid', result: 'geen meerderheid' },
  postponed: { api: 'uitgesteld', label: 'Uitgesteld', result: 'aangehouden' },
  withdrawn: { api: 'ingetrokken', label: 'Ingetrokken', result: 'ingetrokken' },
  settled: { api: 'afgedaan', label: 'Afgedaan', result: 'afgedaan' },
});

export const ACCLAMATION_WORDING = 'akkoord bij acclamatie';

/** The facts behind a published result: wording is derived from them, never read back from wording. */
export type VoteResultFacts = {
  outcome: ResultOutcome;
  /** Share of the weighted votes cast in favour (0–100); null when not counted. */
  percentage: number | null;
  byAcclamation: boolean;
  /** A multi-alternative vote: the label of the winning proposal ("geamendeerd voorstel"). */
  alternative?: string | null;
};

/** The one published wording: "aangenomen met 98,29%", "verworpen", "akkoord bij acclamatie", "geen quorum". */
export function formatVoteResult(facts: VoteResultFacts): string {
  if (facts.outcome === 'no-quorum' || facts.outcome === 'no-majority')
    return voteOutcome.terms[facts.outcome].result;
  if (facts.byAcclamation) return ACCLAMATION_WORDING;
  const word = facts.alternative
    ? `${voteOutcome.terms[facts.outcome].result}: ${facts.alternative}`
    : voteOutcome.terms[facts.outcome].result;
  return facts.percentage === null ? word : `${word} met ${formatPercentage(facts.percentage)}`;
}
