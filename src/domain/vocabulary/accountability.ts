import type { AccountabilityDecision, AccountabilityProposal, AccountabilityRoundStatus } from '../types.js';
import { defineVocabulary } from './vocabulary.js';

export const roundStatus = defineVocabulary<AccountabilityRoundStatus>({
  open: { api: 'open', label: 'In voorbereiding' },
  approved: { api: 'goedgekeurd', label: 'Vastgesteld door het bestuur' },
  decided: { api: 'besloten', label: 'Besloten door de vergadering' },
});

/** The board's proposal per motion, worded as in the association's report ("Voorstel: Aanhouden"). */
export const proposal = defineVocabulary<AccountabilityProposal>({
  hold: { api: 'aanhouden', label: 'Aanhouden' },
  settle: { api: 'afdoen', label: 'Als afgedaan te beschouwen' },
  conditional: { api: 'voorwaardelijk', label: 'Voorwaardelijk' },
});

/** What the assembly decided on a motion of the round. */
export const decision = defineVocabulary<AccountabilityDecision>({
  held: { api: 'aangehouden', label: 'Aangehouden' },
  settled: { api: 'afgedaan', label: 'Afgedaan' },
});

/**
 * The text after "Voorstel:". A conditional proposal is shown in its own words ("aanhouden, tenzij het
 * akkoord wordt ondertekend"), since "voorwaardelijk" alone says nothing.
 */
export function formatProposal(entry: {
  proposal: AccountabilityProposal | null;
  condition: string | null;
}): string {
  if (entry.proposal === null) return 'Nog geen voorstel';
  if (entry.proposal === 'conditional')
    return entry.condition?.trim() || 'Voorwaardelijk (zie verantwoording)';
  return proposal.label(entry.proposal);
}
