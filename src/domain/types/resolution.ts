export type ResolutionStatus = 'draft' | 'published' | 'adopted' | 'rejected' | 'withdrawn';

export type ResolutionVersionLabel = 'concept' | 'geactualiseerd' | 'vastgesteld';

export type ClauseSection = 'preamble' | 'operative';
export type ClauseKind = 'noting' | 'considering' | 'declares' | 'requests' | 'calls-on' | 'instructs';
