import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/importer/analyse-file.js';
import { breakInside, marked, markerStyles, VARIATIONS } from './variations.js';

const analyse = (text: string) => analyseFile({ name: 'uitslagen.txt', bytes: Buffer.from(text, 'utf8') });

/** Motions of a result page: how the heading is written, and what must be read from it. */
const MOTIONS = [
  {
    line: 'Motie Deventer - Regie op warmtetransitie: aangenomen met 99,74%',
    expect: {
      title: 'Regie op warmtetransitie',
      submitters: ['Deventer'],
      andOthers: false,
      result: 'aangenomen',
      percentage: 99.74,
    },
  },
  {
    line: 'Motie Krimpenerwaard ea – Vergroting gemeentefonds: aangenomen met 82,15 procent',
    expect: {
      title: 'Vergroting gemeentefonds',
      submitters: ['Krimpenerwaard'],
      andOthers: true,
      result: 'aangenomen',
      percentage: 82.15,
    },
  },
  {
    line: "Motie Zaanstad 'Luidt de noodklok' aangenomen met 95,91%",
    expect: {
      title: 'Luidt de noodklok',
      submitters: ['Zaanstad'],
      andOthers: false,
      result: 'aangenomen',
      percentage: 95.91,
    },
  },
  {
    line: 'Motie Eindhoven en Groningen - Energiearmoede aanpakken: verworpen, 43,02% voor',
    expect: {
      title: 'Energiearmoede aanpakken',
      submitters: ['Eindhoven', 'Groningen'],
      andOthers: false,
      result: 'verworpen',
      percentage: 43.02,
    },
  },
  {
    line: 'Motie Zoetermeer Raden in Verzet - Gemeenten-in-nood-fonds: afgewezen met 68,46%',
    expect: {
      title: 'Gemeenten-in-nood-fonds',
      submitters: ['Zoetermeer'],
      andOthers: false,
      result: 'verworpen',
      percentage: 68.46,
    },
  },
  {
    line: 'Motie Assen “Financiële randvoorwaarden klimaatakkoord” per acclamatie',
    expect: {
      title: 'Financiële randvoorwaarden klimaatakkoord',
      submitters: ['Assen'],
      andOthers: false,
      result: 'aangenomen',
      percentage: null,
    },
  },
  {
    line: 'Motie Lelystad - Verlengde onderwijstijd: gewijzigde versie aangenomen',
    expect: {
      title: 'Verlengde onderwijstijd',
      submitters: ['Lelystad'],
      andOthers: false,
      result: 'aangenomen',
      percentage: null,
    },
  },
  {
    line: 'Motie Goirle - Compensatie onderwijshuisvesting: 1e deel aangenomen 92,16%, 2e deel aangehouden conform advies bestuur',
    expect: {
      title: 'Compensatie onderwijshuisvesting',
      submitters: ['Goirle'],
      andOthers: false,
      result: 'aangenomen',
      percentage: null,
    },
    parts: [
      { result: 'aangenomen', percentage: 92.16 },
      { result: 'aangehouden', percentage: null },
    ],
  },
];

const AGENDA = [
  'Onderstaande agendapunten zijn vastgesteld:',
  '2. Vaststelling notulen Buitengewone ALV 12 februari 2021: aangenomen met 99,48%',
  '6. Verantwoording uitvoering moties eerdere ALV-en: aangenomen met 100%',
  '7. Resolutie Digitale Veiligheid: aangenomen met 100%',
];

function page(marker: string, broken: boolean): string[][] {
  // A line break inside the title, as a narrow PDF column puts it.
  const motions = MOTIONS.map((motion, index) =>
    marked(
      marker,
      index,
      broken ? motion.line.replace(motion.expect.title, breakInside(motion.expect.title, 0)) : motion.line,
    ),
  );
  return [['Uitslagen stemmingen Buitengewone ALV 12 februari 2021'], AGENDA, ['Moties', ...motions]];
}

function pick(motion: {
  title: string;
  submitters: string[];
  andOthers: boolean;
  result: string | null;
  percentage: number | null;
}) {
  const { title, submitters, andOthers, result, percentage } = motion;
  return { title, submitters, andOthers, result, percentage };
}

describe('vote-result pages in generated variations (layout "vote-result page")', () => {
  const cases = VARIATIONS.flatMap((variation) =>
    markerStyles().flatMap((marker) => [false, true].map((broken) => [variation, marker, broken] as const)),
  );
  it.each(
    cases.map(
      ([variation, marker, broken]) =>
        [
          `${variation.name}, marker "${marker || 'none'}"${broken ? ', titles broken over lines' : ''}`,
          variation,
          marker,
          broken,
        ] as const,
    ),
  )(
    '%s: every motion with title, submitters, result and percentage; agenda items and resolutions apart',
    async (_name, variation, marker, broken) => {
      const analysis = await analyse(variation.render(page(marker, broken)));
      expect(analysis.kind).toBe('motion-list');
      expect(analysis.meeting).toEqual({ kind: 'balv', date: '2021-02-12' });
      const byTitle = new Map(analysis.motions.map((motion) => [motion.title, motion]));
      expect(analysis.motions).toHaveLength(MOTIONS.length);
      for (const motion of MOTIONS) {
        const read = byTitle.get(motion.expect.title);
        expect(read && pick(read)).toEqual(motion.expect);
        if (motion.parts) expect(read?.parts).toEqual(motion.parts);
      }
      expect(analysis.resolutions.map((r) => [r.title, r.result, r.percentage])).toEqual([
        ['Digitale Veiligheid', 'aangenomen', 100],
      ]);
      const items = (analysis.agendaItems as { number: string; title: string }[]).map((item) => item.number);
      expect(items).toEqual(['2', '6']);
    },
  );
});

describe('result pages in the block layout (Agendapunt / Behandeling / Status)', () => {
  const block = (number: number, heading: string, status: string, order: 'status-last' | 'status-first') => {
    const lines = [`Agendapunt ${number}: ${heading}`];
    const treatment = 'Behandeling: De motie is besproken en in stemming gebracht.';
    const outcome = `Status: ${status}`;
    return order === 'status-last' ? [...lines, treatment, outcome] : [...lines, outcome, treatment];
  };
  it.each(['status-last', 'status-first'] as const)(
    'reads motions and keeps other agenda items apart (%s)',
    async (order) => {
      const text = [
        'Besluiten Algemene Ledenvergadering 18 juni 2025',
        '',
        ...block(4, 'Jaarrekening 2024', 'aangenomen met 99,1%', order),
        ...block(5, "Motie Zaanstad 'Luidt de noodklok'", 'aangenomen met 95,91%', order),
        ...block(6, 'Motie Utrecht mede namens G40 - Ruimte voor wonen', 'verworpen, 43,02% voor', order),
        ...block(7, 'Resolutie Samen sterk', 'per acclamatie', order),
      ].join('\n');
      const analysis = await analyse(text);
      expect(analysis.kind).toBe('motion-list');
      expect(analysis.meeting).toEqual({ kind: 'alv', date: '2025-06-18' });
      expect(analysis.motions.map((m) => [m.title, m.submitters, m.result, m.percentage])).toEqual([
        ['Luidt de noodklok', ['Zaanstad'], 'aangenomen', 95.91],
        ['Ruimte voor wonen', ['Utrecht', 'G40'], 'verworpen', 43.02],
      ]);
      expect(analysis.resolutions.map((r) => [r.title, r.result])).toEqual([['Samen sterk', 'aangenomen']]);
      expect((analysis.agendaItems as { title: string }[]).map((item) => item.title)).toEqual([
        'Jaarrekening 2024',
      ]);
    },
  );
});

describe('pre-advice lists (layout "pre-advice package")', () => {
  const ADVICE = [
    ['Preadvies: overnemen', 'overnemen'],
    ['Advies bestuur: ontraden', 'ontraden'],
    ['Preadvies: oordeel aan de vergadering', 'oordeel vergadering'],
    ['Preadvies: aanhouden', 'aanhouden'],
    ['Preadvies: volgt', null],
  ] as const;
  const ENTRIES = [
    ['Motie Utrecht mede namens G40 – Woningbouw versnellen', ['Utrecht', 'G40'], false],
    ['Motie Súdwest-Fryslân e.a. – Ruimte voor de regio', ['Súdwest-Fryslân'], true],
    ['Motie Tilburg mede namens P10 en M50 “Plattelandsgemeenten”', ['Tilburg', 'P10', 'M50'], false],
    ['Motie Almere en Tilburg – Inburgering', ['Almere', 'Tilburg'], false],
    ['Motie Zwolle c.s. – Jeugdzorg', ['Zwolle'], true],
  ] as const;
  it.each(markerStyles().filter((marker) => marker !== ''))(
    'numbering "%s": title, submitters and advice; "volgt" is no advice yet',
    async (marker) => {
      const text = [
        'Preadviezen moties Najaars ALV 1 december 2023',
        '',
        ...ENTRIES.flatMap(([line], index) => [marked(marker, index, line), ADVICE[index][0]]),
      ].join('\n');
      const analysis = await analyse(text);
      expect(analysis.kind).toBe('motion-list');
      expect(analysis.meeting).toEqual({ kind: 'najaars-alv', date: '2023-12-01' });
      expect(analysis.motions.map((m) => [m.submitters, m.andOthers, m.preAdvice, m.result])).toEqual(
        ENTRIES.map(([, submitters, andOthers], index) => [submitters, andOthers, ADVICE[index][1], null]),
      );
    },
  );
});

describe('a cut-off result page', () => {
  it('keeps the complete items, warns about the cut one and completes nothing', async () => {
    const lines = page('• ', false).flat();
    const text = `${lines.join('\n')}\n• Motie Almere - Betaalbare energ`;
    const analysis = await analyse(text);
    expect(analysis.motions).toHaveLength(MOTIONS.length);
    expect(analysis.motions.some((m) => /Betaalbare/.test(m.title))).toBe(false);
    expect(analysis.warnings.filter((w) => w.startsWith('truncated:'))).toHaveLength(1);
  });
});
