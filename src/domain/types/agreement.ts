export type AgreementStatus = 'open' | 'fulfilled' | 'partly-fulfilled' | 'broken' | 'withdrawn';

/** An agreement with another party (afspraak) or a commitment of the college to the council (toezegging). */
export type AgreementKind = 'agreement' | 'commitment';
