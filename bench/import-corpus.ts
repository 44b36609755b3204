/** A generated corpus of archive documents for the import benchmark: five kinds, all different, deterministic. */
import { defaultMunicipalities } from '../src/importer/municipalities.js';

const MONTHS =
  'januari februari maart april mei juni juli augustus september oktober november december'.split(' ');
const TOPICS = [
  'Financiën',
  'Sociaal domein',
  'Jeugdzorg',
  'Wonen',
  'Klimaat en energie',
  'Asiel en migratie',
  'Omgevingswet',
];
const WORDS = (
  'gemeenten rijk middelen taken jeugdzorg woningbouw energietransitie uitvoering financiering afspraken ' +
  'kabinet inwoners samenwerking opvang statushouders gemeentefonds onderwijs veiligheid dienstverlening'
).split(' ');
const KINDS = ['ALV', 'Najaars ALV', 'Extra ALV', 'BALV'];

export type CorpusDocument = { name: string; bytes: Buffer };

function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function makeCorpus(count: number, seed = 7): CorpusDocument[] {
  const random = prng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const places = defaultMunicipalities().map((m) => m.name);
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const date = (year: number) => `${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${year}`;
  const title = (i: number) => `${sentence(3)} ${i}`.replace(/^\w/, (c) => c.toUpperCase());
  const submitters = () => (random() < 0.3 ? `${pick(places)} en ${pick(places)}` : pick(places));
  const paragraph = (lines: number) => Array.from({ length: lines }, () => `${sentence(12)},`).join('\n');

  const motionList = (i: number, year: number) =>
    [`Uitslagen moties ${pick(KINDS)} ${date(year)}`, '']
      .concat(
        Array.from({ length: 10 + Math.floor(random() * 20) }, (_, k) => {
          const result =
            random() < 0.8
              ? `aangenomen met ${(50 + random() * 49).toFixed(2).replace('.', ',')}%`
              : 'verworpen';
          return `${k + 1}. Motie ${submitters()} “${title(i * 100 + k)}” – preadvies: overnemen; ${result}`;
        }),
      )
      .join('\n');
  const clauses = (heading: string, n: number) => [
    heading,
    ...Array.from({ length: n }, (_, k) => `${k + 1}. ${sentence(14)};`),
  ];
  const resolution = (i: number, year: number) =>
    [`Resolutie “${title(i)}”`, `De leden bijeen in de ${pick(KINDS)} van ${date(year)}:`, '']
      .concat(
        clauses('Constaterende dat:', 3),
        clauses('Overwegende dat:', 3),
        clauses('Verzoekt het bestuur:', 4),
      )
      .concat(['', 'Toelichting', paragraph(20)])
      .join('\n');
  const letter = (i: number, year: number) =>
    [
      'Aan de leden',
      `Datum ${date(year)}`,
      'Ons kenmerk',
      `U${year}${String(i).padStart(5, '0')}`,
      `Lbr. ${String(year).slice(2)}/${String(i % 1000).padStart(3, '0')}`,
      'Onderwerp',
      title(i),
      '',
      'Geachte leden van college en gemeenteraad,',
      '',
      paragraph(10),
      'Tijdens het overleg zijn de volgende afspraken gemaakt:',
      `1. Het kabinet ${sentence(10)} uiterlijk ${date(year).replace(/ \d{4}$/, '')};`,
      `2. De VNG ${sentence(12)}.`,
      '',
      `Ledenbijeenkomst ${date(year).replace(/ \d{4}$/, '')}`,
      `Datum: ${date(year)}`,
      `Locatie: ${pick(places)}`,
      'Bijeenkomst: 10.00 - 12.30 uur',
      '',
      'Met vriendelijke groet,',
    ].join('\n');
  const motion = (i: number, year: number) =>
    [
      `Motie ${submitters()} “${title(i)}”`,
      `De Algemene Ledenvergadering, in vergadering bijeen op ${date(year)},`,
    ]
      .concat(clauses('Constaterende dat:', 2), clauses('Roept het bestuur op:', 3))
      .concat(['en gaat over tot de orde van de dag.'])
      .join('\n');
  const report = (i: number, year: number) =>
    [
      `Verantwoording over uitvoering moties ${i}`,
      `(Bijlage bij ledenbrief “Uitnodiging ALV ${date(year)}” van ${date(year)})`,
    ]
      .concat(
        Array.from({ length: 5 + Math.floor(random() * 10) }, (_, k) =>
          [
            `Onderwerp: ${pick(TOPICS)}`,
            `Motie en indiener: Motie ${submitters()} “${title(i * 100 + k)}” (ALV ${date(year - 1)})`,
            'Inhoud/oproep: (samengevat)',
            paragraph(4),
            'Verantwoording:',
            paragraph(8),
            `Voorstel: ${random() < 0.4 ? 'Aanhouden' : 'Als afgedaan te beschouwen'}`,
          ].join('\n'),
        ),
      )
      .join('\n');
  const makers = [motionList, resolution, letter, motion, report];
  return Array.from({ length: count }, (_, i) => {
    const year = 2015 + (i % 11);
    const text = makers[i % makers.length](i, year);
    return { name: `corpus-${String(i).padStart(4, '0')}.txt`, bytes: Buffer.from(text, 'utf8') };
  });
}
