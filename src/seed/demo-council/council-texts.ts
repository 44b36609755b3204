/** The fictional council of the demo: Gemeenteraad Rivierstad, 39 seats in 9 factions, term 2022–2026. */
export const COUNCIL = { name: 'Gemeenteraad Rivierstad', slug: 'rivierstad', kind: 'gemeenteraad' } as const;
export const TERM_START = '2022-03-30';
export const TERM_END = '2026-03-25';

export const FACTIONS: { name: string; shortName: string; seats: number }[] = [
  { name: 'Rivierstads Belang', shortName: 'RB', seats: 8 },
  { name: 'VVD', shortName: 'VVD', seats: 6 },
  { name: 'GroenLinks', shortName: 'GL', seats: 5 },
  { name: 'CDA', shortName: 'CDA', seats: 5 },
  { name: 'D66', shortName: 'D66', seats: 4 },
  { name: 'PvdA', shortName: 'PvdA', seats: 4 },
  { name: 'ChristenUnie', shortName: 'CU', seats: 3 },
  { name: 'SP', shortName: 'SP', seats: 2 },
  { name: 'Partij voor de Dieren', shortName: 'PvdD', seats: 2 },
];

/** The coalition (23 of 39 seats) delivers the aldermen. */
export const COALITION = ['RB', 'VVD', 'CDA', 'D66'];

export const INITIALS = [
  'A.',
  'B.',
  'C.',
  'D.',
  'E.',
  'F.',
  'G.',
  'H.',
  'I.',
  'J.',
  'K.',
  'L.',
  'M.',
  'N.',
  'P.',
  'R.',
  'S.',
  'T.',
  'W.',
];

export const MAYOR = {
  name: 'mr. drs. H.J. Oosterveld',
  portfolio: 'Openbare orde en veiligheid, communicatie',
};

export const ALDERMEN: { name: string; faction: string; portfolio: string }[] = [
  { name: 'wethouder M. van Ommen', faction: 'RB', portfolio: 'Financiën, economie en binnenstad' },
  { name: 'wethouder S. El Idrissi', faction: 'VVD', portfolio: 'Wonen, ruimtelijke ordening en mobiliteit' },
  { name: 'wethouder J. Terpstra', faction: 'CDA', portfolio: 'Zorg, jeugd en welzijn' },
  { name: 'wethouder L. Hoogland', faction: 'D66', portfolio: 'Onderwijs, klimaat en energietransitie' },
];

/** Motion themes: title, call (dictum) and the alderman whose portfolio it touches (index in ALDERMEN). */
export const MOTION_THEMES: { title: string; call: string; alderman: number }[] = [
  {
    title: 'Veilige schoolroutes',
    call: 'verzoekt het college om vóór het nieuwe schooljaar de tien drukste schoolroutes veiliger in te richten',
    alderman: 1,
  },
  {
    title: 'Meer sociale huurwoningen in Rivierzicht',
    call: 'verzoekt het college om in het bestemmingsplan Rivierzicht ten minste 35 procent sociale huur op te nemen',
    alderman: 1,
  },
  {
    title: 'Gratis zwemles voor kinderen',
    call: 'verzoekt het college om kinderen uit gezinnen met een laag inkomen gratis zwemles aan te bieden',
    alderman: 2,
  },
  {
    title: 'Geen nieuwe parkeerplaatsen in de binnenstad',
    call: 'verzoekt het college om in de binnenstad geen parkeerplaatsen bij te bouwen en in te zetten op fietsparkeren',
    alderman: 0,
  },
  {
    title: 'Zonnepanelen op gemeentelijk vastgoed',
    call: 'verzoekt het college om vóór 2025 alle geschikte daken van gemeentelijk vastgoed van zonnepanelen te voorzien',
    alderman: 3,
  },
  {
    title: 'Toegankelijke stembureaus',
    call: 'verzoekt het college om alle stembureaus zonder hulp toegankelijk te maken voor mensen met een beperking',
    alderman: 2,
  },
  {
    title: 'Jongerenwerk in de avonduren',
    call: 'verzoekt het college om het jongerenwerk in de wijken Oosthaven en Kloosterveld ook ’s avonds open te houden',
    alderman: 2,
  },
  {
    title: 'Eerlijke verdeling van de onroerendezaakbelasting',
    call: 'verzoekt het college om de OZB voor woningen niet meer te laten stijgen dan de inflatie',
    alderman: 0,
  },
  {
    title: 'Bomenplan Rivierstad',
    call: 'verzoekt het college om voor elke gekapte boom twee nieuwe bomen in dezelfde wijk te planten',
    alderman: 3,
  },
  {
    title: 'Schuldhulp zonder wachtlijst',
    call: 'verzoekt het college om inwoners met schulden binnen drie werkdagen een eerste gesprek aan te bieden',
    alderman: 2,
  },
  {
    title: 'Snelfietsroute langs de dijk',
    call: 'verzoekt het college om met de provincie een snelfietsroute langs de Rivierdijk te onderzoeken',
    alderman: 1,
  },
  {
    title: 'Behoud van de bibliotheek in Westerkwartier',
    call: 'verzoekt het college om de vestiging Westerkwartier van de bibliotheek open te houden',
    alderman: 3,
  },
  {
    title: 'Ondernemersloket op één plek',
    call: 'verzoekt het college om ondernemers met één loket en één contactpersoon te helpen',
    alderman: 0,
  },
  {
    title: 'Hittestress in versteende wijken',
    call: 'verzoekt het college om in de drie meest versteende wijken een vergroeningsplan op te stellen',
    alderman: 3,
  },
  {
    title: 'Mantelzorgwaardering verhogen',
    call: 'verzoekt het college om de jaarlijkse mantelzorgwaardering te verhogen naar 200 euro',
    alderman: 2,
  },
  {
    title: 'Woningdelen mogelijk maken',
    call: 'verzoekt het college om woningdelen en kamerverhuur voor starters beter mogelijk te maken',
    alderman: 1,
  },
  {
    title: 'Verbod op vuurwerk in woonwijken',
    call: 'verzoekt het college om vuurwerkvrije zones in te stellen rond zorginstellingen en dierenweides',
    alderman: 0,
  },
  {
    title: 'Laadpalen op aanvraag binnen drie maanden',
    call: 'verzoekt het college om een aangevraagde openbare laadpaal binnen drie maanden te plaatsen',
    alderman: 3,
  },
  {
    title: 'Leefbaarheid in de kleine kernen',
    call: 'verzoekt het college om voor de kernen Overwaard en Lingedijk een dorpsagenda op te stellen',
    alderman: 0,
  },
  {
    title: 'Inwonerspanel over de omgevingsvisie',
    call: 'verzoekt het college om een gelote inwonerspanel te betrekken bij de omgevingsvisie',
    alderman: 1,
  },
  {
    title: 'Sportvelden openstellen voor de buurt',
    call: 'verzoekt het college om sportvelden buiten trainingstijden open te stellen voor buurtbewoners',
    alderman: 2,
  },
  {
    title: 'Minder regels voor evenementen',
    call: 'verzoekt het college om kleine buurtevenementen vrij te stellen van een vergunning',
    alderman: 0,
  },
  {
    title: 'Isolatie van huurwoningen versnellen',
    call: 'verzoekt het college om met de woningcorporaties afspraken te maken over versnelde isolatie',
    alderman: 3,
  },
  {
    title: 'Armoedebeleid zonder drempels',
    call: 'verzoekt het college om regelingen voor minima met één aanvraag toegankelijk te maken',
    alderman: 2,
  },
  {
    title: 'Dierenambulance structureel financieren',
    call: 'verzoekt het college om de dierenambulance een meerjarige subsidie te geven',
    alderman: 0,
  },
  {
    title: 'Openbare toiletten in het centrum',
    call: 'verzoekt het college om in het centrum drie openbare toiletten te plaatsen, waarvan één toegankelijk',
    alderman: 0,
  },
  {
    title: 'Tijdelijke woningen voor spoedzoekers',
    call: 'verzoekt het college om op het terrein Oude Veiling tijdelijke woningen voor spoedzoekers te bouwen',
    alderman: 1,
  },
  {
    title: 'Schoolzwemmen terug in het lesprogramma',
    call: 'verzoekt het college om met de scholen het schoolzwemmen weer in te voeren',
    alderman: 3,
  },
];

/** Commitments the college made to the council: text and the alderman (index; -1 is the mayor). */
export const COMMITMENT_THEMES: { text: string; holder: number }[] = [
  {
    text: 'De raad ontvangt vóór de begrotingsbehandeling een overzicht van de reserves en voorzieningen',
    holder: 0,
  },
  {
    text: 'Het college informeert de raad per kwartaal over de voortgang van de woningbouwprojecten',
    holder: 1,
  },
  {
    text: 'De wethouder stuurt de raad een evaluatie van het nieuwe parkeerbeleid in de binnenstad',
    holder: 0,
  },
  { text: 'De raad krijgt een raadsinformatiebrief over de wachttijden in de jeugdzorg', holder: 2 },
  { text: 'Het college legt de raad een uitvoeringsplan voor de warmtetransitie per wijk voor', holder: 3 },
  {
    text: 'De burgemeester informeert de raad over de inzet van cameratoezicht in het stationsgebied',
    holder: -1,
  },
  {
    text: 'De wethouder organiseert een informatiebijeenkomst voor de raad over de omgevingsvisie',
    holder: 1,
  },
  {
    text: 'Het college zoekt uit wat een verlaging van de hondenbelasting kost en laat het de raad weten',
    holder: 0,
  },
  { text: 'De raad ontvangt de resultaten van het onderzoek naar eenzaamheid onder ouderen', holder: 2 },
  {
    text: 'De wethouder gaat in gesprek met de scholen over de huisvesting van het voortgezet onderwijs',
    holder: 3,
  },
  { text: 'Het college stuurt de raad de herziene nota grondbeleid vóór de zomer', holder: 1 },
  {
    text: 'De raad wordt geïnformeerd over de uitkomst van het overleg met de provincie over de N-weg',
    holder: 1,
  },
  { text: 'De wethouder meldt de raad hoeveel inwoners de energietoeslag hebben ontvangen', holder: 2 },
  { text: 'Het college onderzoekt een pilot met deelauto’s in de nieuwbouwwijk Rivierzicht', holder: 3 },
  { text: 'De burgemeester stuurt de raad de evaluatie van de jaarwisseling', holder: -1 },
  { text: 'De raad ontvangt een overzicht van de subsidies aan sportverenigingen', holder: 2 },
  { text: 'Het college legt een voorstel voor een ondernemersfonds binnenstad aan de raad voor', holder: 0 },
  { text: 'De wethouder informeert de raad over de aanbesteding van het doelgroepenvervoer', holder: 2 },
  {
    text: 'Het college stuurt de raad een plan om het zwerfafval langs de rivier terug te dringen',
    holder: 3,
  },
  { text: 'De raad krijgt jaarlijks een rapportage over de huisvesting van statushouders', holder: 1 },
  {
    text: 'De wethouder zegt toe de raad te betrekken bij de keuze voor een nieuwe locatie van het zwembad',
    holder: 2,
  },
  { text: 'Het college informeert de raad over de gevolgen van de nieuwe Wet inburgering', holder: 2 },
  { text: 'De burgemeester rapporteert over de aanpak van ondermijning op bedrijventerreinen', holder: -1 },
  { text: 'De wethouder stuurt de raad de planning van het onderhoud van bruggen en kademuren', holder: 0 },
];
