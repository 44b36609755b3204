/**
 * What an import stored (or would store), per count, in Dutch, singular and plural: one table for the import
 * page's preview and the command line's summary.
 */
export const IMPORT_COUNT_WORDS: Readonly<Record<string, [one: string, many: string]>> = {
  motionsCreated: ['nieuwe motie', 'nieuwe moties'],
  motionsEnriched: ['bestaande motie aangevuld', 'bestaande moties aangevuld'],
  motionsMatched: ['motie al bekend', 'moties al bekend'],
  meetings: ['nieuwe vergadering', 'nieuwe vergaderingen'],
  meetingsEnriched: ['vergadering aangevuld', 'vergaderingen aangevuld'],
  agendaItems: ['nieuw agendapunt', 'nieuwe agendapunten'],
  resolutionsCreated: ['nieuwe resolutie', 'nieuwe resoluties'],
  resolutionVersionsAdded: ['nieuwe versie van een resolutie', 'nieuwe versies van resoluties'],
  resolutionsMatched: ['resolutie al bekend', 'resoluties al bekend'],
  resolutionsAdopted: ['resolutie vastgesteld', 'resoluties vastgesteld'],
  amendments: ['nieuw amendement', 'nieuwe amendementen'],
  amendmentsMatched: ['amendement al bekend', 'amendementen al bekend'],
  agreements: ['afspraak', 'afspraken'],
  deadlines: ['termijn voor de leden (bij de brief)', 'termijnen voor de leden (bij de brief)'],
  commitmentsCreated: ['nieuwe toezegging', 'nieuwe toezeggingen'],
  commitmentsUpdated: ['bestaande toezegging bijgewerkt', 'bestaande toezeggingen bijgewerkt'],
  commitmentsMatched: ['toezegging al bekend', 'toezeggingen al bekend'],
  consultations: ['nieuw overleg', 'nieuwe overleggen'],
  lettersCreated: ['nieuwe ledenbrief', 'nieuwe ledenbrieven'],
  lettersEnriched: ['bestaande ledenbrief aangevuld', 'bestaande ledenbrieven aangevuld'],
  accountabilityRounds: ['nieuwe verantwoordingsronde', 'nieuwe verantwoordingsrondes'],
  accountabilityEntries: ['verantwoording', 'verantwoordingen'],
};
