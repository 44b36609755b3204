import type { MemberKind, MemberStatus, UserRole } from '../types.js';
import { defineVocabulary } from './vocabulary.js';

export const memberStatus = defineVocabulary<MemberStatus>({
  active: { api: 'actief', label: 'Actief' },
  merged: { api: 'gefuseerd', label: 'Gefuseerd' },
  ceased: { api: 'opgeheven', label: 'Opgeheven' },
});

export const memberKind = defineVocabulary<MemberKind>({
  municipality: { api: 'gemeente', label: 'Gemeente' },
  faction: { api: 'fractie', label: 'Fractie' },
});

/** Who someone is to the system; `public` is the anonymous visitor, the others are user accounts. */
export const role = defineVocabulary<UserRole>({
  public: { api: 'publiek', label: 'Publiek' },
  member: { api: 'lid', label: 'Lid' },
  staff: { api: 'medewerker', label: 'Medewerker' },
  board: { api: 'bestuur', label: 'Bestuur' },
  chair: { api: 'voorzitter', label: 'Voorzitter' },
  admin: { api: 'beheerder', label: 'Beheerder' },
});
