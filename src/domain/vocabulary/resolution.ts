import type { ClauseKind, ClauseSection, ResolutionStatus, ResolutionVersionLabel } from '../types.js';
import { defineVocabulary } from './vocabulary.js';

export const resolutionStatus = defineVocabulary<ResolutionStatus>({
  draft: { api: 'concept', label: 'Concept' },
  published: { api: 'gepubliceerd', label: 'Gepubliceerd' },
  adopted: { api: 'aangenomen', label: 'Aangenomen' },
  rejected: { api: 'verworpen', label: 'Verworpen' },
  withdrawn: { api: 'ingetrokken', label: 'Ingetrokken' },
});

export const versionLabel = defineVocabulary<ResolutionVersionLabel>({
  concept: { api: 'concept', label: 'Concept' },
  geactualiseerd: { api: 'geactualiseerd', label: 'Geactualiseerd' },
  vastgesteld: { api: 'vastgesteld', label: 'Vastgesteld' },
});

export const clauseSection = defineVocabulary<ClauseSection>({
  preamble: { api: 'overwegingen', label: 'Overwegingen' },
  operative: { api: 'dictum', label: 'Dictum' },
});

/** The opening words of a clause, as the resolution reads them. */
export const clauseKind = defineVocabulary<ClauseKind>({
  noting: { api: 'constaterende-dat', label: 'constaterende dat' },
  considering: { api: 'overwegende-dat', label: 'overwegende dat' },
  declares: { api: 'spreekt-uit', label: 'spreekt uit' },
  requests: { api: 'verzoekt', label: 'verzoekt' },
  'calls-on': { api: 'roept-op', label: 'roept op' },
  instructs: { api: 'draagt-op', label: 'draagt op' },
});
