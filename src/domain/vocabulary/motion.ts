import type { AmendmentStatus, MotionPartStatus, MotionStatus, PreAdviceKind } from '../types.js';
import { defineVocabulary } from './vocabulary.js';

export const motionStatus = defineVocabulary<MotionStatus>({
  draft: { api: 'concept', label: 'Concept' },
  submitted: { api: 'ingediend', label: 'Ingediend' },
  withdrawn: { api: 'ingetrokken', label: 'Ingetrokken' },
  postponed: { api: 'uitgesteld', label: 'Uitgesteld' },
  adopted: { api: 'aangenomen', label: 'Aangenomen' },
  rejected: { api: 'verworpen', label: 'Verworpen' },
  held: { api: 'aangehouden', label: 'Aangehouden' },
  settled: { api: 'afgedaan', label: 'Afgedaan' },
});

export const motionPartStatus = defineVocabulary<MotionPartStatus>({
  pending: { api: 'open', label: 'Nog niet gestemd' },
  adopted: { api: 'aangenomen', label: 'Aangenomen' },
  rejected: { api: 'verworpen', label: 'Verworpen' },
  postponed: { api: 'uitgesteld', label: 'Uitgesteld' },
  withdrawn: { api: 'ingetrokken', label: 'Ingetrokken' },
});

/** The board's pre-advice on a motion before the vote. */
export const preAdvice = defineVocabulary<PreAdviceKind>({
  adopt: { api: 'overnemen', label: 'Overnemen' },
  'advise-against': { api: 'ontraden', label: 'Ontraden' },
  'assembly-judgement': { api: 'oordeel-vergadering', label: 'Oordeel vergadering' },
  postpone: { api: 'aanhouden', label: 'Aanhouden' },
});

export const amendmentStatus = defineVocabulary<AmendmentStatus>({
  submitted: { api: 'ingediend', label: 'Ingediend' },
  withdrawn: { api: 'ingetrokken', label: 'Ingetrokken' },
  adopted: { api: 'aangenomen', label: 'Aangenomen' },
  rejected: { api: 'verworpen', label: 'Verworpen' },
});
