import type { OrganisationKind } from '../types.js';
import { defineVocabulary, type Term } from './vocabulary.js';

/**
 * The words a portal and its documents use, by the organisation's kind (ADR 009): an association speaks of
 * its ALV, members and board; a council of the raad, fracties, the college and the griffie. Pages take every
 * such word from here, never from a literal.
 */
export type PortalWords = {
  /** The deciding body, as in "Wat de … besloot": "algemene ledenvergadering", "gemeenteraad". */
  body: string;
  /** Its meeting: "ALV", "raadsvergadering". */
  meeting: string;
  /** Its meetings in the navigation: "Vergaderingen", "Raadsvergaderingen". */
  meetings: string;
  /** One of those who vote: "lid", "fractie". */
  member: string;
  /** The navigation item and list heading: "Leden", "Fracties". */
  members: string;
  /** The people who hold the seats, as a heading: "Raadsleden", "Statenleden". */
  seatHolders: string;
  /** Who carries out what was decided: "bestuur", "college". */
  executive: string;
  /** Who keeps the register: "bureau", "griffie". */
  secretariat: string;
  /** Promises to be tracked: "Afspraken", "Toezeggingen". */
  agreements: string;
  /** One of them, lower case: "afspraak", "toezegging". */
  agreement: string;
  /** The lead paragraph of the home page. */
  lead: string;
  /** The closing line of every page. */
  footer: string;
  /** The footer's link to the login page: who has an account, in short. */
  signIn: string;
  /** The login page's explanation of who has an account. */
  accounts: string;
  /** Parts of the association's cycle the portal shows (member letters, polls, resolutions). */
  associationParts: boolean;
};

export type OrganisationKindTerm = Term & { words: PortalWords };

const COUNCIL_PARTS = { associationParts: false, meetings: 'Vergaderingen' } as const;

export const organisationKind = defineVocabulary<OrganisationKind, OrganisationKindTerm>({
  vereniging: {
    api: 'vereniging',
    label: 'Vereniging',
    words: {
      body: 'algemene ledenvergadering',
      meeting: 'ALV',
      meetings: 'Vergaderingen',
      member: 'lid',
      members: 'Leden',
      seatHolders: 'Vertegenwoordigers',
      executive: 'bestuur',
      secretariat: 'bureau',
      agreements: 'Afspraken',
      agreement: 'afspraak',
      lead: 'Wat de leden besloten in de algemene ledenvergadering, en wat het bestuur ermee doet: moties, resoluties, verantwoording, afspraken met het Rijk en ledenbrieven.',
      footer: 'moties, resoluties, verantwoording, afspraken en ledenbrieven',
      signIn: 'Inloggen voor medewerkers en leden',
      accounts:
        'Medewerkers, bestuur en secretariaat van de vereniging en de griffiers en vertegenwoordigers van de leden hebben een account.',
      associationParts: true,
    },
  },
  gemeenteraad: {
    api: 'gemeenteraad',
    label: 'Gemeenteraad',
    words: {
      ...COUNCIL_PARTS,
      body: 'gemeenteraad',
      meeting: 'raadsvergadering',
      member: 'fractie',
      members: 'Fracties',
      seatHolders: 'Raadsleden',
      executive: 'college',
      secretariat: 'griffie',
      agreements: 'Toezeggingen',
      agreement: 'toezegging',
      lead: 'Wat de raad besloot in de raadsvergadering, en wat het college ermee doet: moties, toezeggingen van het college en de wethouders, en de stand van zaken.',
      footer: 'moties en toezeggingen van het college aan de raad',
      signIn: 'Inloggen voor griffie en fracties',
      accounts: 'De griffie, de voorzitter en de fracties hebben een account.',
    },
  },
  'provinciale-staten': {
    api: 'provinciale-staten',
    label: 'Provinciale Staten',
    words: {
      ...COUNCIL_PARTS,
      body: 'Provinciale Staten',
      meeting: 'Statenvergadering',
      member: 'fractie',
      members: 'Fracties',
      seatHolders: 'Statenleden',
      executive: 'college van Gedeputeerde Staten',
      secretariat: 'Statengriffie',
      agreements: 'Toezeggingen',
      agreement: 'toezegging',
      lead: 'Wat Provinciale Staten besloten in de Statenvergadering, en wat Gedeputeerde Staten ermee doen: moties, toezeggingen en de stand van zaken.',
      footer: 'moties en toezeggingen van Gedeputeerde Staten aan Provinciale Staten',
      signIn: 'Inloggen voor Statengriffie en fracties',
      accounts: 'De Statengriffie, de voorzitter en de fracties hebben een account.',
    },
  },
  waterschap: {
    api: 'waterschap',
    label: 'Waterschap',
    words: {
      ...COUNCIL_PARTS,
      body: 'algemeen bestuur',
      meeting: 'vergadering van het algemeen bestuur',
      member: 'fractie',
      members: 'Fracties',
      seatHolders: 'Leden van het algemeen bestuur',
      executive: 'dagelijks bestuur',
      secretariat: 'secretariaat',
      agreements: 'Toezeggingen',
      agreement: 'toezegging',
      lead: 'Wat het algemeen bestuur besloot, en wat het dagelijks bestuur ermee doet: moties, toezeggingen en de stand van zaken.',
      footer: 'moties en toezeggingen van het dagelijks bestuur aan het algemeen bestuur',
      signIn: 'Inloggen voor secretariaat en fracties',
      accounts: 'Het secretariaat, de voorzitter en de fracties hebben een account.',
    },
  },
});

/** The portal's words for an organisation of `kind` (an unknown kind reads as an association). */
export function portalWords(kind: string): PortalWords {
  return organisationKind.is(kind)
    ? organisationKind.terms[kind].words
    : organisationKind.terms.vereniging.words;
}

/** Words an association uses that a council's portal must never show (tested on the council's pages). */
export const ASSOCIATION_ONLY_WORDS = [
  'ALV',
  'algemene ledenvergadering',
  'ledenbrief',
  'ledenbrieven',
  'Leden',
  'vereniging',
  'bestuur',
] as const;
