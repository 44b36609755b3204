/** What seed 003 says about each of its 23 motions, in order (read by hand from the document; a topic as the register
 * files it, with a capital: the document writes "Onderwerp: sociaal domein"). */
type Expected = [
  submitters: string[],
  andOthers: boolean,
  topic: string,
  kind: string,
  date: string,
  proposal: string,
  title: string,
];

const ALV_2024 = ['alv', '2024-06-26'] as const;
const NAJAARS_2024 = ['najaars-alv', '2024-11-29'] as const;
const NAJAARS_2023 = ['najaars-alv', '2023-12-01'] as const;

// biome-ignore format: one motion per line reads as the table it is
export const EXPECTED_003: Expected[] = [
  [['Almere', 'Tilburg'], false, 'Inburgering', 'alv', '2022-06-29', 'hold', 'Een uitvoerbaar en betaalbaar inburgeringsstelsel, anders niet acceptabel voor gemeenten deel II'],
  [['Enschede'], false, 'Financieel meerjarenperspectief gemeenten', ...NAJAARS_2023, 'hold', 'Herstel financiële verhouding met nieuwe regering'],
  [['Beesel'], false, 'Financieel meerjarenperspectief gemeenten', ...NAJAARS_2023, 'hold', 'Rechtvaardige, langjarige, solide, duurzame gemeentefinanciën'],
  [['Brummen'], true, 'Hervormingsagenda Jeugd', ...NAJAARS_2023, 'settle', 'Richtlijn gezamenlijke inzet en financiering praktijk ondersteuner huisartsen Jeugd GGZ'],
  [['Enschede'], false, 'Gemeentefinanciën', 'extra-alv', '2024-05-24', 'hold', 'Geen woorden maar daden'],
  [['Zaanstad'], false, 'Kabinetsformatie/financiën', ...ALV_2024, 'hold', 'Wendt het ravijn af: compensatie voor 2026 en 2027'],
  [['Zeist'], false, 'Kabinetsformatie/financiën', ...ALV_2024, 'settle', 'Langdurig en samenhangend investeren voor alle inwoners van probleemgebieden'],
  [['Heemstede'], false, 'Financiën', ...ALV_2024, 'settle', 'Rechtmatigheidsverantwoording moet het voor gemeenteraden makkelijker maken'],
  [['De Bilt'], false, 'Financiën', ...ALV_2024, 'hold', 'NIS2, geen taken zonder knaken'],
  [['Gouda', 'Krimpenerwaard'], false, 'Sociaal domein', ...ALV_2024, 'hold', 'Nieuwkomersonderwijs'],
  [['Ridderkerk'], false, 'Sociaal domein', ...ALV_2024, 'settle', 'Een adequate en reële financiering van jeugdhulp'],
  [['Veenendaal'], false, 'Sociaal domein', ...ALV_2024, 'settle', 'Middelen ten behoeve van specifieke inzet voor verhoging landelijke vaccinatiegraad'],
  [['Kampen'], false, 'Sociaal domein', ...ALV_2024, 'settle', 'Asielzoekers aan het werk'],
  [['Deventer'], false, 'Fysiek domein', ...ALV_2024, 'hold', 'Warmtetransitie: alleen als die betaalbaar is!'],
  [['West-Betuwe'], false, 'Fysiek domein', ...ALV_2024, 'settle', 'Warmtegemeenschappen'],
  [['Gooise Meren'], false, 'Fysiek domein', ...ALV_2024, 'settle', 'Het milieurendement centraal stellen bij vergoedingen PMD'],
  [['Apeldoorn'], false, 'Zorg', ...NAJAARS_2024, 'conditional', 'Gelijkwaardigheid als basis voor (aanvullend) Zorgakkoord'],
  [['Zoetermeer', 'Leidschendam-Voorburg'], false, 'Asiel en migratie', ...NAJAARS_2024, 'settle', 'Synchronisatie termijnen huisvesting statushouders'],
  [['Nunspeet', 'Harderwijk'], false, 'Asiel en migratie', ...NAJAARS_2024, 'settle', 'Financiering van asielzoekerskinderen in de jeugdzorg'],
  [['Deventer'], false, 'Jeugdzorg', ...NAJAARS_2024, 'settle', 'Landelijke tarieven inkoop jeugdzorg'],
  [['Gooise Meren'], false, 'Omgevingswet', ...NAJAARS_2024, 'settle', 'Nieuwe taken en eisen aan Omgevingsdiensten worden budgettair gedekt via het bevoegd gezag (gemeenten en provincies)'],
  [['Krimpen aan den IJssel'], false, 'Klimaat en energie', ...NAJAARS_2024, 'settle', 'Uitvoeringslasten: taken kunnen niet zonder knaken'],
  [['Goirle'], false, 'Onderwijshuisvesting', ...NAJAARS_2024, 'hold', 'Compensatie onderwijshuisvesting'],
];
