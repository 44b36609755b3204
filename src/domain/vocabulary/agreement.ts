import type { ConditionState } from '../agreements.js';
import type { AgreementStatus } from '../types.js';
import { defineVocabulary } from './vocabulary.js';

export const agreementStatus = defineVocabulary<AgreementStatus>({
  open: { api: 'open', label: 'Open' },
  fulfilled: { api: 'nagekomen', label: 'Nagekomen' },
  'partly-fulfilled': { api: 'gedeeltelijk-nagekomen', label: 'Gedeeltelijk nagekomen' },
  broken: { api: 'niet-nagekomen', label: 'Niet nagekomen' },
  withdrawn: { api: 'ingetrokken', label: 'Ingetrokken' },
});

/** The state of a resolution clause that depends on an agreement ("als het kabinet … niet nakomt"). */
export const clauseCondition = defineVocabulary<ConditionState>({
  triggered: { api: 'vervuld', label: 'Voorwaarde vervuld: de afspraak is niet (geheel) nagekomen' },
  'at-risk': { api: 'termijn-verstreken', label: 'Let op: de termijn van de afspraak is verstreken' },
  pending: { api: 'lopend', label: 'De afspraak loopt nog' },
  'not-triggered': {
    api: 'niet-vervuld',
    label: 'Voorwaarde niet vervuld: de afspraak is nagekomen of vervallen',
  },
});
