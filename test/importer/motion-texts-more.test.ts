import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';

const analyseText = (name: string, text: string) => analyseFile({ name, bytes: Buffer.from(text, 'utf8') });

/** A parliamentary motion: lower-case run-on clauses ending in commas, plural or split verbs. */
function parliamentary(options: {
  body: string;
  verbs: 'singular' | 'plural';
  split: boolean;
  wrap: boolean;
}) {
  const plural = options.verbs === 'plural';
  const lines = [
    `Motie van het lid De Jong (SP) over de jeugdzorg`,
    '',
    `${options.body},`,
    'gehoord de beraadslaging,',
    'constaterende dat de wachtlijsten in de jeugdzorg in 2024 opnieuw zijn gegroeid;',
    'van mening dat kinderen niet langer dan acht weken op hulp mogen wachten;',
    options.split
      ? `${plural ? 'keuren' : 'keurt'} het uitblijven van maatregelen door het kabinet af,`
      : `${plural ? 'spreken' : 'spreekt'} uit dat wachten op jeugdhulp onaanvaardbaar is,`,
    `${plural ? 'verzoeken' : 'verzoekt'} de regering de wachttijden vóór 2026 tot acht weken terug te brengen,`,
    `en ${plural ? 'gaan' : 'gaat'} over tot de orde van de dag.`,
    '',
    'De Jong',
  ];
  const text = lines.join('\n');
  return options.wrap ? text.replace(/ (opnieuw|acht weken|de wachttijden)/g, '\n$1') : text;
}

describe('parliamentary motions (run-on clauses)', () => {
  it.each([
    ['De Kamer', 'singular', false, false],
    ['De Kamer', 'singular', true, true],
    ['Provinciale Staten van Zeeland, in vergadering bijeen op 2 oktober 2024', 'plural', false, true],
    ['De Staten', 'plural', true, false],
  ] as const)('%s, %s verbs, split verb %s, wrapped %s', async (body, verbs, split, wrap) => {
    const analysis = await analyseText('motie.txt', parliamentary({ body, verbs, split, wrap }));
    expect(analysis.kind).toBe('motion');
    const [motion] = analysis.motions;
    expect(motion.submitters).toEqual(['SP']);
    expect(motion.topic).toBe('de jeugdzorg');
    expect(motion.preamble.map((clause) => [clause.kind, clause.text])).toEqual([
      ['noting', 'de wachtlijsten in de jeugdzorg in 2024 opnieuw zijn gegroeid'],
      ['considering', 'kinderen niet langer dan acht weken op hulp mogen wachten'],
    ]);
    expect(motion.operative.map((clause) => clause.kind)).toEqual(['declares', 'requests']);
    expect(motion.operative[1].text).toMatch(/de wachttijden vóór 2026 tot acht weken terug te brengen$/);
    expect(motion.closing).toMatch(/^en ga(?:at|an) over tot de orde van de dag$/);
    expect(motion.signatories).toEqual(['De Jong']);
    expect(analysis.meeting?.kind).toBe(
      body.includes('Staten') ? 'statenvergadering' : 'plenaire-vergadering',
    );
  });
});

describe('a motion of the association with co-submitters and an explanation', () => {
  const text = (coLine: string, numbering: [string, string]) =>
    [
      'Motie Zeist “Langdurig investeren in jeugd”',
      'Indiener: gemeente Zeist',
      coLine,
      '',
      'De Algemene Ledenvergadering van de VNG, bijeen op 26 juni 2024 te Den Haag,',
      '',
      'Constaterende dat:',
      '- gemeenten jaarlijks tekorten op de jeugdzorg hebben;',
      'Roept het VNG-bestuur op:',
      `${numbering[0]} met het kabinet een meerjarig financieel kader af te spreken;`,
      `${numbering[1]} de leden voor de Najaars-ALV over de uitkomst te informeren,`,
      '',
      'en gaat over tot de orde van de dag.',
      '',
      'Toelichting',
      'De tekorten lopen op tot 1,7 miljard euro. Zie de Jeugdmonitor 2023.',
      'Gemeente Zeist, wethouder J. de Vries',
    ].join('\n');

  it.each([
    ['Mede-indieners: gemeenten Deventer en Kampen', ['1.', '2.'], ['1', '2']],
    ['Mede-indieners: Deventer, Kampen', ['3.', '4.'], ['3', '4']],
    ['Mede-indiener:\ngemeente Deventer\ngemeente Kampen', ['a.', 'b.'], ['a', 'b']],
  ])('%s, numbered %s', async (coLine, numbering, labels) => {
    const analysis = await analyseText('motie.txt', text(coLine, numbering as [string, string]));
    expect(analysis.kind).toBe('motion');
    const [motion] = analysis.motions;
    expect(motion.title).toBe('Langdurig investeren in jeugd');
    expect(motion.submitters).toEqual(['Zeist', 'Deventer', 'Kampen']);
    expect(motion.members?.map((member) => member.code)).toEqual(['GM0355', 'GM0150', 'GM0166']);
    expect(analysis.meeting).toEqual({ kind: 'alv', date: '2024-06-26', place: 'Den Haag' });
    expect(motion.operative.map((clause) => [clause.kind, clause.number])).toEqual([
      ['calls-on', labels[0]],
      ['calls-on', labels[1]],
    ]);
    expect(motion.explanation).toMatch(/^De tekorten lopen op tot 1,7 miljard euro/);
    expect(motion.signatories).toEqual([]);
    expect(analysis.warnings).toEqual([]);
  });
});

describe('amendments are recognised as amendments, never as motions', () => {
  const amendment = (heading: string, decision: string) =>
    [
      heading,
      '',
      '4 november 2021',
      '',
      'De raad van de gemeente Zwolle, in vergadering bijeen op 4 november 2021;',
      'Gehoord de beraadslaging over de Begroting 2022;',
      'Overwegende dat:',
      '- de bibliotheek in Stadshagen nu al te klein is;',
      decision,
      '',
      'Het lid van de gemeenteraad,',
      'P. de Groot (ChristenUnie)',
      '',
      'Status',
      'Aangenomen',
    ].join('\n');

  it.each([
    [
      'Amendement Ruimte voor de bibliotheek',
      'Besluit:\nin het besluit onder 2 het bedrag van € 50.000 te wijzigen in € 80.000.',
    ],
    [
      'Ruimte voor de bibliotheek',
      'Besluit: de volgende tekst toe te voegen aan programma 3: “De bibliotheek krijgt een tweede vestiging.”',
    ],
    [
      'Amendement: ruimte voor de bibliotheek',
      'Besluit:\nde tabel op pagina 12 als volgt te wijzigen:\n“Bibliotheek: € 80.000”',
    ],
  ])('%s', async (heading, decision) => {
    const analysis = await analyseText('amendement.txt', amendment(heading, decision));
    expect(analysis.kind).toBe('amendment');
    expect(analysis.motions).toEqual([]);
    expect(analysis.warnings.filter((warning) => warning.startsWith('amendment:'))).toHaveLength(1);
    const [record] = analysis.amendments as {
      title: string;
      target: string | null;
      result: string | null;
      signatories: string[];
      text: string;
      meeting: unknown;
    }[];
    expect(record.title.toLowerCase()).toBe('ruimte voor de bibliotheek');
    expect(record.target).toBe('de Begroting 2022');
    expect(record.result).toBe('aangenomen');
    expect(record.signatories).toEqual(['P. de Groot']);
    expect(record.text).toMatch(/te wijzigen|toe te voegen/);
    expect(record.meeting).toEqual({ kind: 'raadsvergadering', date: '2021-11-04' });
    expect(analysis.date).toBe('2021-11-04');
  });

  it('a motion that speaks of amending a text in its request stays a motion', async () => {
    const text = [
      'Motie “Huisvesting statushouders”',
      'De raad van de gemeente Ede, in vergadering bijeen op 1 juli 2024;',
      'constaterende dat de taakstelling voor 2024 niet gehaald wordt;',
      'verzoekt het college de woonvisie zo te wijzigen dat tijdelijke woningen mogelijk worden,',
      'en gaat over tot de orde van de dag.',
    ].join('\n');
    const analysis = await analyseText('motie.txt', text);
    expect(analysis.kind).toBe('motion');
    expect(analysis.motions).toHaveLength(1);
  });
});

describe('several motion texts in a row', () => {
  const motion = (title: string, person: string, date: string) =>
    [
      'Bewerken',
      `Motie ${person}`,
      date,
      'Motie',
      title,
      'Overwegende dat',
      `de leden meer inspraak willen bij ${title.toLowerCase()};`,
      `Verzoeken wij het bestuur een voorstel over ${title.toLowerCase()} te doen.`,
      'Ondertekenaars',
      person,
      'Sanne de Wit',
    ].join('\n');

  it.each([2, 3])(
    '%i motions of a members’ meeting, each with its submitter, clauses and signatories',
    async (count) => {
      const titles = [
        'Ledenraadpleging over de kieslijst',
        'Een digitaal congres',
        'Contributie voor studenten',
      ];
      const people = ['Rico Brouwer', 'Wiel Maessen', 'Jonathan van Dijken'];
      const text = [
        'Moties voorjaarscongres',
        '',
        ...titles.slice(0, count).map((t, i) => motion(t, people[i], `${i + 4} april 2017`)),
      ].join('\n');
      const analysis = await analyseText('moties.txt', text);
      expect(analysis.kind).toBe('motion-list');
      expect(analysis.title).toBe('Moties voorjaarscongres');
      expect(
        analysis.motions.map((m) => [
          m.title,
          m.submitters,
          m.signatories,
          m.preamble.length,
          m.operative.length,
        ]),
      ).toEqual(
        titles.slice(0, count).map((title, i) => [title, [people[i]], [people[i], 'Sanne de Wit'], 1, 1]),
      );
      expect(analysis.warnings).toEqual([]);
    },
  );
});
