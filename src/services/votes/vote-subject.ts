import { defineAlternatives, type VoteAlternative } from '../../domain/index.js';
import type { Executor } from '../../store/database.js';
import { getAccountabilityRound } from '../../store/repositories/accountability.js';
import { getAmendment, getPreAdvice, listPreAdvices } from '../../store/repositories/motion-extras.js';
import { getMotion } from '../../store/repositories/motions.js';
import { invalid } from '../errors.js';

/** What else a vote can be on than a motion, a part or a resolution; and the alternatives of its ballot. */
export type VoteSubjectInput = {
  amendmentId?: string | null;
  preAdviceId?: string | null;
  roundId?: string | null;
  /** The proposals of a ballot with alternatives ("bestuursvoorstel", "geamendeerd voorstel"). */
  alternatives?: readonly string[] | null;
  /** Whether "tegen" is on a ballot with alternatives (default yes); "onthouding" always is. */
  against?: boolean;
};

export type VoteSubjectColumns = {
  amendmentId: string | null;
  preAdviceId: string | null;
  roundId: string | null;
  alternatives: VoteAlternative[] | null;
};

/**
 * Checks the amendment (still submitted), the pre-advice (the motion's current one, on a submitted motion, not
 * "oordeel vergadering": there is nothing to vote on) and the round (of this meeting, approved by the board, not
 * yet decided); builds the alternatives (the domain's rule).
 */
export async function resolveVoteSubject(
  db: Executor,
  organisationId: string,
  meetingId: string,
  input: VoteSubjectInput,
): Promise<VoteSubjectColumns> {
  const given = [input.amendmentId, input.preAdviceId, input.roundId].filter(Boolean).length;
  if (given > 1)
    throw invalid('onderwerp', 'one_subject', 'Een stemming gaat over één amendement, preadvies of ronde.');
  if (input.amendmentId) {
    const amendment = await getAmendment(db, organisationId, input.amendmentId);
    if (!amendment)
      throw invalid('amendement', 'unknown_amendment', `Amendement ${input.amendmentId} bestaat niet.`);
    if (amendment.status !== 'submitted')
      throw invalid(
        'amendement',
        'amendment_not_submitted',
        'Over dit amendement kan niet (meer) worden gestemd.',
      );
  }
  if (input.preAdviceId) {
    const advice = await getPreAdvice(db, organisationId, input.preAdviceId);
    if (!advice)
      throw invalid('preadvies', 'unknown_pre_advice', `Preadvies ${input.preAdviceId} bestaat niet.`);
    const motion = await getMotion(db, organisationId, advice.motionId);
    const current = (await listPreAdvices(db, organisationId, advice.motionId)).at(-1);
    if (motion?.status !== 'submitted' || current?.id !== advice.id)
      throw invalid(
        'preadvies',
        'pre_advice_not_current',
        'Dit is niet het geldende preadvies van een ingediende motie.',
      );
    if (advice.advice === 'assembly-judgement')
      throw invalid(
        'preadvies',
        'pre_advice_without_vote',
        'Het bestuur laat het oordeel aan de vergadering: stem over de motie zelf.',
      );
  }
  if (input.roundId) {
    const round = await getAccountabilityRound(db, organisationId, input.roundId);
    if (!round)
      throw invalid(
        'verantwoordingsronde',
        'unknown_round',
        `Verantwoordingsronde ${input.roundId} bestaat niet.`,
      );
    if (round.meetingId !== meetingId)
      throw invalid(
        'verantwoordingsronde',
        'round_of_other_meeting',
        'Deze verantwoording hoort bij een andere vergadering.',
      );
    if (round.status !== 'approved')
      throw invalid(
        'verantwoordingsronde',
        'round_not_approved',
        round.status === 'open'
          ? 'Het bestuur heeft de verantwoording nog niet goedgekeurd.'
          : 'Over deze verantwoording is al besloten.',
      );
  }
  return {
    amendmentId: input.amendmentId ?? null,
    preAdviceId: input.preAdviceId ?? null,
    roundId: input.roundId ?? null,
    alternatives: input.alternatives?.length
      ? defineAlternatives(input.alternatives, { against: input.against ?? true })
      : null,
  };
}
