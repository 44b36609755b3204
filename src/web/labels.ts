/** Dutch words the portal shows for values the domain does not label itself. */
export const RESOLUTION_STATUS_LABELS: Record<string, string> = {
  draft: 'Concept',
  published: 'Gepubliceerd',
  adopted: 'Aangenomen',
  rejected: 'Verworpen',
  withdrawn: 'Ingetrokken',
};

export const MEETING_STATUS_LABELS: Record<string, string> = {
  planned: 'Gepland',
  scheduled: 'Gepland',
  held: 'Gehouden',
  cancelled: 'Vervallen',
};

export const AGENDA_PURPOSE_LABELS: Record<string, string> = {
  decision: 'ter vaststelling',
  information: 'ter informatie',
  discussion: 'ter bespreking',
};

export const CONDITION_STATE_LABELS: Record<string, string> = {
  triggered: 'Voorwaarde vervuld: de afspraak is niet (geheel) nagekomen',
  'at-risk': 'Let op: de termijn van de afspraak is verstreken',
  pending: 'De afspraak loopt nog',
  'not-triggered': 'Voorwaarde niet vervuld: de afspraak is nagekomen of vervallen',
};

export const label = (labels: Record<string, string>, value: string | null | undefined): string =>
  value ? (labels[value] ?? value) : '';
