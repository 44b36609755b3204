import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/importer/analyse-file.js';
import { VARIATIONS } from './variations.js';

const analyse = (text: string) => analyseFile({ name: 'ledenbrief.txt', bytes: Buffer.from(text, 'utf8') });

/** An invitation to an assembly in the ledenbrief layout; each part can be written another way. */
function invitation(options: {
  number: string;
  times: string;
  deadline: string;
  address: 'salutation' | 'aan';
}) {
  const header =
    options.address === 'aan'
      ? [
          'Aan: de leden',
          'Datum: 10 mei 2025',
          `Ons kenmerk: U202500321`,
          `Lbr. ${options.number}`,
          'Onderwerp: Uitnodiging ALV 18 juni 2025',
        ]
      : ['Ledenbrief nummer', `Lbr. ${options.number}`];
  return [
    header,
    ['Geachte leden van college en gemeenteraad,'],
    [
      `Hierbij ontvangt u de agenda en stukken voor de Algemene Ledenvergadering (ALV) van woensdag 18 juni 2025, ${options.times}, in het Chassé Theater in Breda. Deze ALV maakt deel uit van het VNG Jaarcongres, dat start om 9.30 uur.`,
    ],
    [
      `U kunt statutair tot uiterlijk ${options.deadline} amendementen op voorstellen indienen. Wij vragen u om ook moties uiterlijk op deze datum in te dienen.`,
    ],
    ['Met vriendelijke groet,', 'Vereniging van Nederlandse Gemeenten'],
  ];
}

describe('member letters in generated variations (layout "ledenbrief")', () => {
  const forms = [
    {
      number: '25/031',
      times: '11.30-13.00 uur',
      deadline: 'donderdag 5 juni a.s.',
      address: 'salutation' as const,
    },
    { number: '25/031', times: '11:30 - 13:00 uur', deadline: '5 juni 2025', address: 'aan' as const },
    {
      number: '25/031',
      times: 'van 11.30 tot 13.00 uur',
      deadline: 'donderdag 5 juni a.s. 12.00 uur',
      address: 'salutation' as const,
    },
  ];
  const cases = VARIATIONS.filter((v) => v.name !== 'blocks reordered').flatMap((variation) =>
    forms.map((form, index) => [`${variation.name}, form ${index + 1}`, variation, form] as const),
  );
  it.each(cases)('%s: number, addressees, meeting, events and deadlines', async (_name, variation, form) => {
    const analysis = await analyse(variation.render(invitation(form)));
    expect(analysis.kind).toBe('member-letter');
    expect(analysis.letter?.number).toBe('Lbr. 25/031');
    expect(analysis.letter?.addressees).toBe(
      form.address === 'aan' ? 'de leden' : 'leden van college en gemeenteraad',
    );
    expect(analysis.meeting).toEqual({ kind: 'alv', date: '2025-06-18' });
    const alv = analysis.events.find((event) => event.start === '11:30');
    expect(alv && [alv.date, alv.end, alv.place]).toEqual(['2025-06-18', '13:00', 'Chassé Theater in Breda']);
    const congress = analysis.events.find((event) => event.start === '09:30');
    expect(congress && [congress.title, congress.date]).toEqual(['VNG Jaarcongres', '2025-06-18']);
    const deadlines = analysis.agreements.filter((agreement) => agreement.due === '2025-06-05');
    expect(deadlines.map((d) => /amendementen/.test(d.text) || /moties/.test(d.text))).toEqual([true, true]);
    // A letter without a "Datum:" line says so; nothing else is wrong with it.
    const expected = form.address === 'aan' ? [] : ['no-date'];
    expect(analysis.warnings.map((warning) => warning.split(':')[0])).toEqual(expected);
  });

  it('a letter that names no assembly, no times and no deadline gets none of them (nothing invented)', async () => {
    const analysis = await analyse(
      'Ledenbrief nummer\nLbr. 23/029\n\nGeachte leden van college en gemeenteraad,\n\nVanwege de val van het kabinet op 7 juli is het bestuur bijeengeweest. De brief is zondag 9 juli verzonden.\n',
    );
    expect(analysis.kind).toBe('member-letter');
    expect([analysis.meeting, analysis.events, analysis.agreements]).toEqual([null, [], []]);
  });
});

describe('letters of other bodies (layout "government letter answering commitments")', () => {
  it('reads addressee, date, sender and the commitments it answers; the kind stays other', async () => {
    const text = [
      'Brief regering : Toezeggingen gedaan tijdens het commissiedebat over het gemeentefonds van 3 maart 2025',
      'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'Den Haag, 14 maart 2025',
      'Tijdens het debat zijn enkele toezeggingen gedaan. Ik ga in op de volgende punten:',
      '• Het overzicht van de specifieke uitkeringen.',
      '• De gevolgen van de opschalingskorting.',
      'Het overzicht',
      'Op 1 maart jl. heb ik de Kamer geïnformeerd.',
    ].join('\n');
    const analysis = await analyse(text);
    expect(analysis.kind).toBe('unknown');
    expect(analysis.date).toBe('2025-03-14');
    expect(analysis.letter).toMatchObject({
      date: '2025-03-14',
      addressees: 'de Voorzitter van de Tweede Kamer der Staten-Generaal',
    });
    expect(analysis.agreements.map((a) => [a.text, a.party])).toEqual([
      [
        'Het overzicht van de specifieke uitkeringen',
        'Minister van Binnenlandse Zaken en Koninkrijksrelaties',
      ],
      ['De gevolgen van de opschalingskorting', 'Minister van Binnenlandse Zaken en Koninkrijksrelaties'],
    ]);
  });
});
