import type { MeetingKind } from '../../../src/domain/types.js';
import type { FixtureMotion, RoundFixture } from './round-fixture.js';

/** Deterministic pseudo-random numbers (mulberry32), so a generated round is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEMBERS = (
  "Amsterdam|Rotterdam|'s-Gravenhage|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|Apeldoorn|" +
  "Haarlem|Arnhem|Enschede|Amersfoort|Zaanstad|'s-Hertogenbosch|Zwolle|Leiden|Zoetermeer|Leeuwarden|" +
  'Súdwest-Fryslân|Krimpen aan den IJssel|Alphen aan den Rijn|Capelle aan den IJssel|Bergen op Zoom|De Bilt|' +
  'West-Betuwe|Gooise Meren|Leidschendam-Voorburg|Sittard-Geleen|Dantumadiel|Noardeast-Fryslân|Ede|Deventer|' +
  'Westland|Heerlen|Roermond|Vlissingen|Goeree-Overflakkee'
).split('|');
const TOPICS = [
  'Gemeentefinanciën',
  'Jeugdzorg',
  'Asiel en migratie',
  'Klimaat en energie',
  'Wonen',
  'Sociaal domein',
  'Omgevingswet',
  'Informatiesamenleving',
  'Zorg',
  'Onderwijshuisvesting',
];
const SUBJECTS = [
  'Structurele financiering',
  'Uitvoerbaarheid',
  'Reële compensatie',
  'Regie en coördinatie',
  'Eerlijke verdeling',
  'Geen taken zonder knaken',
  'Ruimte voor maatwerk',
  'Betaalbaarheid',
];
const OBJECTS = [
  'de jeugdhulp',
  'het gemeentefonds',
  'de warmtetransitie',
  'de opvang van statushouders',
  'de Wmo',
  'de coördinatie van ISK-onderwijs',
  'de uitvoering van de Omgevingswet',
  'digitale weerbaarheid',
];
const SENTENCES = [
  'De VNG heeft dit onderwerp de afgelopen periode ambtelijk en bestuurlijk met het Rijk besproken.',
  'In het Bestuurlijk Overleg Financiële verhoudingen is de oproep uit de motie nadrukkelijk ingebracht.',
  'Gemeenten hebben via de netwerken en de commissies hun ervaringen met de uitvoering gedeeld.',
  'Het kabinet heeft toegezegd vóór de zomer met een reactie te komen; die reactie is nog niet ontvangen.',
  'De financiële gevolgen voor gemeenten zijn in beeld gebracht en met de fondsbeheerders besproken.',
  'Samen met de G4, G40 en P10 is een gezamenlijke inbreng opgesteld voor de coördinatie in de regio’s.',
  'Het resultaat is nog onvoldoende: de structurele middelen blijven achter bij de kosten van de taken.',
  'De oproep van de indieners is daarmee integraal onderdeel geworden van de inzet van de vereniging.',
];

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];

function generateCall(next: () => number): string {
  const lines = ['Oproep aan het bestuur om:'];
  const bullets = 1 + Math.floor(next() * 4);
  for (let i = 0; i < bullets; i++) {
    lines.push(
      `- bij het Rijk aan te dringen op ${pick(next, OBJECTS)} met voldoende middelen en een heldere rolverdeling;`,
    );
    if (next() < 0.25) lines.push(`o daarbij ${pick(next, OBJECTS)} expliciet te betrekken;`);
  }
  return lines.join('\n');
}

function generateAccountability(next: () => number): string {
  const paragraphs = 1 + Math.floor(next() * 4);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const count = 2 + Math.floor(next() * 4);
    out.push(Array.from({ length: count }, () => pick(next, SENTENCES)).join(' '));
  }
  return out.join('\n');
}

const MEETINGS: { label: string; kind: MeetingKind; date: string }[] = [
  { label: 'ALV 14 juni 2023', kind: 'alv', date: '2023-06-14' },
  { label: 'Najaars ALV 1 december 2023', kind: 'najaars-alv', date: '2023-12-01' },
  { label: 'Extra ALV 24 mei 2024', kind: 'extra-alv', date: '2024-05-24' },
  { label: 'ALV 26 juni 2024', kind: 'alv', date: '2024-06-26' },
  { label: 'Najaars ALV 29 november 2024', kind: 'najaars-alv', date: '2024-11-29' },
  { label: 'ALV 18 juni 2025', kind: 'alv', date: '2025-06-18' },
];
/** Motions per adopting meeting: the last assembly's motions are the biggest group, as in practice. */
const SPLIT = [10, 12, 8, 30, 40];

/** A round of `count` motions (default 100) at the ALV of 18 juni 2025, in the same shape as the seed's. */
export function generateRound(count = 100, seed = 2025): RoundFixture {
  const next = random(seed);
  const groups: RoundFixture['groups'] = [];
  let made = 0;
  SPLIT.forEach((share, index) => {
    const meeting = MEETINGS[index];
    const size = index === SPLIT.length - 1 ? count - made : Math.round((share / 100) * count);
    const verb = index === SPLIT.length - 1 ? 'Aangenomen' : 'Aangehouden';
    const motions: FixtureMotion[] = [];
    for (let i = 0; i < size; i++) {
      const n = made + i + 1;
      const submitters = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, MEMBERS));
      const roll = next();
      const proposal = roll < 0.05 ? 'conditional' : roll < 0.45 ? 'hold' : 'settle';
      motions.push({
        topic: pick(next, TOPICS),
        title: `${pick(next, SUBJECTS)} voor ${pick(next, OBJECTS)} (${n})`,
        submitters: [...new Set(submitters)],
        andOthers: next() < 0.15,
        meeting: meeting.label,
        call: generateCall(next),
        accountability: generateAccountability(next),
        proposal,
        condition:
          proposal === 'conditional'
            ? 'Aanhouden/Als afgedaan beschouwen (zie verantwoording hiervoor)'
            : null,
      });
    }
    made += size;
    if (size > 0)
      groups.push({ label: `${verb} ${size === 1 ? 'motie' : 'moties'} ${meeting.label}`, motions });
  });
  return {
    round: {
      meeting: 'ALV 18 juni 2025',
      agendaItemNumber: '11',
      title: 'Verantwoording over uitvoering moties ALV-en',
      letter: { subject: 'Uitnodiging ALV 18 juni 2025', date: '2025-05-21' },
      summary:
        'Hierbij legt het bestuur verantwoording af over de uitvoering van de aangenomen en aangehouden moties.',
      proposalText:
        'Het bestuur stelt de leden voor om in te stemmen met de verantwoording over de uitvoering van moties.',
    },
    meetings: MEETINGS,
    groups,
  };
}
