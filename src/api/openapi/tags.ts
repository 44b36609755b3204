/** One tag per resource, with a Dutch description, in the order of the documentation. */
export const TAGS = [
  { name: 'Moties', description: 'Moties van leden: indienen, stemuitslag, verantwoording.' },
  { name: 'Verantwoording', description: 'Verantwoordingsrondes en de verantwoording per motie.' },
  { name: 'Resoluties', description: 'Resoluties van het bestuur, met versies en overwegingen/dictum.' },
  { name: 'Vergaderingen', description: 'Algemene ledenvergaderingen en hun agendapunten.' },
  { name: 'Leden', description: 'Leden van de vereniging (gemeenten).' },
  { name: 'Afspraken', description: 'Afspraken en toezeggingen, bijvoorbeeld met het Rijk.' },
  { name: 'Overleggen', description: 'Overleggen zoals het Overhedenoverleg.' },
  { name: 'Ledenbrieven', description: 'Ledenbrieven met kenmerk, Lbr-nummer en bijlagen.' },
  { name: 'Documenten', description: 'Brondocumenten (PDF, DOCX, tekst) en wat eruit is gehaald.' },
  { name: 'Stemmingen', description: 'Stemmingen in de vergadering, met gewogen stemmen.' },
  {
    name: 'Ledenraadplegingen',
    description:
      'Gewogen stemmingen buiten de vergadering, binnen een periode, ter bekrachtiging voorgelegd aan de volgende vergadering.',
  },
  { name: 'Gebruikers', description: 'Gebruikers, rollen en API-tokens (beheer).' },
  { name: 'Sessies', description: 'Inloggen en uitloggen in de browser.' },
  {
    name: 'Aanmeldingen',
    description: 'Aanmelden voor vergaderingen en bijeenkomsten, wachtlijst en annuleren.',
  },
  { name: 'Peilingen', description: 'Ledenpeilingen: vragen, antwoorden per gemeente en uitslagen.' },
  { name: 'Export', description: 'Exports: CSV, Popolo JSON en een ICS-agenda.' },
  { name: 'Audittrail', description: 'Wie wat wanneer veranderde, per record.' },
  { name: 'Algemeen', description: 'Status van de dienst en deze specificatie.' },
];
