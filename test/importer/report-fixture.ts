/**
 * A small accountability report written by the tests (not a copy of a seed): header, summary,
 * proposal to the members, a table of contents and entries under a section heading.
 */
export type Entry = {
  topic: string;
  heading: string[];
  call: string[];
  accountability: string[];
  proposal: string[];
};

export const HEADER = [
  '11. Verantwoording over uitvoering moties ALV-en',
  '(Bijlage bij ledenbrief “Uitnodiging ALV 18 juni 2025” van 21 mei 2025)',
  '',
  'Samenvatting',
  'Hierbij legt het bestuur verantwoording af aan de leden over de uitvoering van de moties.',
  '',
  'Voorstel aan de leden',
  'Het bestuur stelt de leden voor om in te stemmen met de verantwoording.',
  '',
];

export function entry(e: Entry): string[] {
  return [
    `Onderwerp: ${e.topic}`,
    ...e.heading,
    'Inhoud/oproep: (samengevat)',
    ...e.call,
    'Verantwoording:',
    ...e.accountability,
    ...e.proposal,
    '',
  ];
}

/** A report with a table of contents (one group) and the given entries under a section heading. */
export function report(options: {
  toc: string[];
  section?: string;
  entries: Entry[];
  groupHeading?: string;
}): string {
  const heading = options.groupHeading ?? 'Aangenomen moties Najaars ALV 29 november 2024:';
  return [
    ...HEADER,
    'Inhoudsopgave verantwoording uitvoering moties',
    '',
    heading,
    ...options.toc,
    '',
    options.section ?? 'Aangenomen moties Najaars ALV 29 november 2024',
    '',
    ...options.entries.flatMap(entry),
  ].join('\n');
}

export const GOUDA: Entry = {
  topic: 'Sociaal domein',
  heading: [
    'Motie en indiener: Motie Gouda en Krimpenerwaard',
    '“Nieuwkomersonderwijs” (Najaars ALV 29 november 2024)',
  ],
  call: ['Roept het bestuur op om te pleiten voor structurele bekostiging van nieuwkomersonderwijs.'],
  accountability: ['De VNG heeft dit ingebracht in het overleg met het ministerie.'],
  proposal: ['Voorstel: Als afgedaan te beschouwen'],
};
export const ZEIST: Entry = {
  topic: 'Financiën',
  heading: ['Motie en indiener: Motie Zeist “Langdurig investeren in probleemgebieden”'],
  call: ['Roept het bestuur op om langjarige afspraken te maken.'],
  accountability: ['Het kabinet heeft nog geen besluit genomen.'],
  proposal: ['Voorstel: Aanhouden'],
};
