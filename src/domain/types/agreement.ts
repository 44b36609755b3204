export type AgreementStatus = 'open' | 'fulfilled' | 'partly-fulfilled' | 'broken' | 'withdrawn';

/**
 * An agreement with another party (afspraak), a commitment of the college to the council (toezegging), or a
 * deadline a letter sets its own readers ("U kunt tot uiterlijk 3 juni amendementen indienen"): the letter's
 * information for its meeting, kept with the letter, never an agreement that can be overdue.
 */
export type AgreementKind = 'agreement' | 'commitment' | 'deadline';
