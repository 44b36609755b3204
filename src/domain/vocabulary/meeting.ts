import type { AgendaDocumentPurpose, MeetingKind, MeetingStatus } from '../types.js';
import { defineVocabulary, type Term } from './vocabulary.js';

/**
 * `label` is how the portal names the kind; `written` is how the association writes it in its own
 * documents ("Najaars ALV 29 november 2024"), which the accountability report follows.
 */
export const meetingKind = defineVocabulary<MeetingKind, Term & { written: string }>({
  alv: { api: 'alv', label: 'ALV', written: 'ALV' },
  'najaars-alv': { api: 'najaars-alv', label: 'Najaars-ALV', written: 'Najaars ALV' },
  'extra-alv': { api: 'extra-alv', label: 'Extra ALV', written: 'Extra ALV' },
  balv: { api: 'balv', label: 'BALV', written: 'BALV' },
  ledenbijeenkomst: { api: 'ledenbijeenkomst', label: 'Ledenbijeenkomst', written: 'Ledenbijeenkomst' },
  'council-meeting': { api: 'raadsvergadering', label: 'Raadsvergadering', written: 'Raadsvergadering' },
});

export const meetingStatus = defineVocabulary<MeetingStatus>({
  planned: { api: 'gepland', label: 'Gepland' },
  held: { api: 'gehouden', label: 'Gehouden' },
  cancelled: { api: 'geannuleerd', label: 'Vervallen' },
});

/** Why a document is on the agenda. */
export const agendaPurpose = defineVocabulary<AgendaDocumentPurpose>({
  decision: { api: 'ter-vaststelling', label: 'ter vaststelling' },
  information: { api: 'ter-informatie', label: 'ter informatie' },
});
