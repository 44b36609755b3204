import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/importer/analyse-file.js';
import { VARIATIONS } from './variations.js';

const analyse = (text: string) => analyseFile({ name: 'lijst.txt', bytes: Buffer.from(text, 'utf8') });
const read = (
  motions: { title: string; submitters: string[]; result: string | null; preAdvice: string | null }[],
) => motions.map((m) => [m.title, m.submitters, m.result, m.preAdvice]);

/** Rows of a RIS motion list: number, submission date, "Motie: <titel> <partijen> <besluit>". */
const ROWS = [
  [
    'Fietspad langs de Berkel',
    'D66, GroenLinks, Burgerbelang',
    'De motie staat geagendeerd in de raad van 20 mei 2019.',
    null,
    null,
  ],
  ['Die ballon gaat niet op', 'GroenLinks, Stadspartij, D66', 'Aangenomen (08-04-2019)', 'aangenomen', null],
  ['Hond Veilig Zutphen', 'Burgerbelang, CDA, PvdA', 'Aangehouden (08-04-2019)', 'aangehouden', null],
  ['De energierekening is te hoog', 'SP', 'Verworpen (11-03-2019)', 'verworpen', null],
  ['Speelplaatsen voor tieners', 'VVD en CDA', 'Overgenomen', null, 'overnemen'],
] as const;

function risList(numbering: (index: number) => string, order: 'newest-first' | 'oldest-first'): string[][] {
  const rows = ROWS.map(([title, parties, status], index) => [
    numbering(index),
    `(0${index + 1}-03-2019)`,
    `Motie: ${title} ${parties} ${status}`,
  ]);
  return [
    ['Moties 2019', 'Nummer', '(ingediend)', 'OnderwerpIndiener', 'Raadsbesluit'],
    ...(order === 'newest-first' ? rows.reverse() : rows),
  ];
}

describe('RIS motion lists in generated variations (layout "RIS motion list")', () => {
  const numberings = [
    ['2019-M0001', (i: number) => `2019-M000${i + 1}`],
    ['M2019-1', (i: number) => `M2019-${i + 1}`],
    ['2019M1', (i: number) => `2019M${i + 1}`],
  ] as const;
  const cases = VARIATIONS.flatMap((variation) =>
    numberings.flatMap(([label, numbering]) =>
      (['newest-first', 'oldest-first'] as const).map(
        (order) =>
          [`${variation.name}, numbers like ${label}, ${order}`, variation, numbering, order] as const,
      ),
    ),
  );
  it.each(cases)(
    '%s: title and parties apart, a decision is a result, a state is none',
    async (_name, variation, numbering, order) => {
      const analysis = await analyse(variation.render(risList(numbering, order)));
      expect(analysis.kind).toBe('motion-list');
      const expected = ROWS.map(([title, parties, , result, advice]) => [
        title,
        parties.split(/, | en /),
        result,
        advice,
      ]);
      const got = read(analysis.motions).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      expect(got).toEqual(expected.sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
      expect(analysis.warnings.filter((w) => w.startsWith('unmatched-submitter'))).toEqual([]);
    },
  );

  it('a last row cut off before its parties is reported and not completed', async () => {
    const text = `${VARIATIONS[0].render(risList((i) => `2019-M000${i + 1}`, 'oldest-first'))}\n\n2019-M0009\n\n(28-01-2019)\n\nMotie: Maximale benu`;
    const analysis = await analyse(text);
    expect(analysis.motions).toHaveLength(ROWS.length);
    expect(analysis.warnings.filter((w) => w.startsWith('truncated:'))).toHaveLength(1);
  });
});

describe('decision lists (layout "besluitenlijst")', () => {
  it.each(VARIATIONS.map((v) => [v.name, v] as const))(
    '%s: council proposals are no motions; the motion has topic, title, parties and result',
    async (_name, variation) => {
      const blocks = [
        ['Besluitenlijst gemeenteraad Zuidplas 3 april 2024'],
        [
          '1. Rv Ontwerpwijziging gemeenschappelijke regeling (R24.000007)',
          'De raad heeft unaniem besloten geen zienswijze in te dienen.',
          'Stemming: De raad stemde unaniem in met het voorstel.',
        ],
        [
          '4. Motie 2024M17 Motie Regionale Opvang Locatie - afspraak is afspraak VVD, NEZ, PvdA-GL, Groep Van',
          'De raad heeft de motie ‘afspraak is afspraak’ met een meerderheid van de stemmen verworpen.',
        ],
      ];
      const analysis = await analyse(variation.render(blocks));
      expect(analysis.kind).toBe('motion-list');
      expect(analysis.meeting).toEqual({ kind: 'raadsvergadering', date: '2024-04-03' });
      expect(analysis.motions.map((m) => [m.topic, m.title, m.submitters, m.result])).toEqual([
        [
          'Regionale Opvang Locatie',
          'afspraak is afspraak',
          ['VVD', 'NEZ', 'PvdA-GL', 'Groep Van'],
          'verworpen',
        ],
      ]);
    },
  );

  it('a motion inside a water board decision: submitter, co-signed by all, clauses and result', async () => {
    const text = [
      '27 februari 2019',
      'Besluiten',
      'Verslag vergadering 23 januari 2019',
      'De Algemene Waterschapspartij – mede ondertekend door alle andere aanwezige fracties – heeft een motie ingediend waarbij het dagelijks bestuur wordt opgeroepen:',
      '• met de provincie bindende afspraken vast te leggen;',
      '• het algemeen bestuur mee te nemen in het verdere proces.',
      'De motie wordt door alle aanwezige algemeen bestuursleden aangenomen.',
      'Het algemeen bestuur besluit conform voorstel.',
    ].join('\n');
    const analysis = await analyse(text);
    expect(analysis.kind).toBe('motion-list');
    expect(analysis.meeting).toEqual({ kind: 'algemeen-bestuur', date: '2019-02-27' });
    const [motion] = analysis.motions;
    expect([motion.submitters, motion.andOthers, motion.result]).toEqual([
      ['Algemene Waterschapspartij'],
      true,
      'aangenomen',
    ]);
    expect(motion.operative.map((c) => [c.kind, c.text])).toEqual([
      ['calls-on', 'met de provincie bindende afspraken vast te leggen'],
      ['calls-on', 'het algemeen bestuur mee te nemen in het verdere proces.'],
    ]);
  });
});

describe('parliamentary votes (layout "Handelingen")', () => {
  it.each([
    ['zodat zij is aangenomen', 'aangenomen'],
    ['zodat zij is verworpen', 'verworpen'],
  ])('one motion per Kamerstuk number; "%s"', async (decision, result) => {
    const text = [
      'Aan de orde is de stemming over een motie, ingediend bij het debat over de jeugdzorg, te weten:',
      '- de motie-Van der Molen/Westerveld over een onafhankelijk onderzoek naar wachtlijsten (31839, nr. 712).',
      'In stemming komt de motie-Van der Molen/Westerveld (31839, nr. 712).',
      'De voorzitter:',
      `Ik constateer dat de leden van de fracties van de SP en het CDA voor deze motie hebben gestemd, ${decision}.`,
    ].join('\n');
    const analysis = await analyse(text);
    expect(analysis.kind).toBe('motion-list');
    expect(analysis.motions.map((m) => [m.submitters, m.topic, m.result])).toEqual([
      [['Van der Molen', 'Westerveld'], 'een onafhankelijk onderzoek naar wachtlijsten', result],
    ]);
  });
});
