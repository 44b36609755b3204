import { describe, expect, it } from 'vitest';
import { compareDocument } from '../../src/importer/evaluate/compare.js';
import type { CorpusMotion, CorpusView } from '../../src/importer/evaluate/corpus-view.js';
import { parseExpected } from '../../src/importer/evaluate/evaluate.js';
import {
  nameMatches,
  namesMatch,
  norm,
  textMatches,
  titleMatches,
} from '../../src/importer/evaluate/text-match.js';

function motion(fields: Partial<CorpusMotion>): CorpusMotion {
  return {
    title: null,
    submitters: [],
    andOthers: false,
    topic: null,
    call: null,
    proposal: null,
    result: null,
    percentage: null,
    parts: [],
    preAdvice: null,
    preamble: { noting: [], considering: [] },
    operative: [],
    signatories: [],
    ...fields,
  };
}

function view(fields: Partial<CorpusView>): CorpusView {
  const motions = fields.motions ?? [];
  return {
    kind: 'other',
    title: null,
    date: null,
    meeting: null,
    motions,
    resolutions: [],
    letter: null,
    agreements: [],
    events: [],
    warnings: [],
    expectedCounts: { motions: motions.length, resolutions: fields.resolutions?.length ?? 0 },
    truncated: false,
    ...fields,
  };
}

const failed = (checks: { field: string; ok: boolean }[]) => checks.filter((c) => !c.ok).map((c) => c.field);

describe('matching rules of the fidelity measure (corpus README)', () => {
  it('norm: diacritics, case, quotes, whitespace, list markers and trailing punctuation go', () => {
    expect(norm('  • “Financiële”   randvoorwaarden;  ')).toBe('financiele randvoorwaarden');
    expect(norm("– Motie 'Luidt de noodklok'.")).toBe('motie luidt de noodklok');
  });

  it('titles: a leading "Motie" is dropped and the expected title may be contained in a longer one', () => {
    expect(
      titleMatches('trammalant om de dakrand', 'MO01 motie vreemd … - Trammalant om de dakrand (002)'),
    ).toBe(true);
    expect(titleMatches('Motie: Hond Veilig Zutphen', 'hond veilig zutphen')).toBe(true);
    expect(titleMatches('Hond Veilig Zutphen', 'Hond veilig')).toBe(false);
  });

  it('names: spaces do not count and the produced name may contain the expected one', () => {
    expect(nameMatches('GroenLinks', 'Groen Links')).toBe(true);
    expect(nameMatches('Utrechtse Heuvelrug', 'gemeente Utrechtse Heuvelrug')).toBe(true);
    expect(namesMatch(['D66', 'SP'], ['SP', 'D66'])).toBe(false);
    expect(namesMatch(['D66'], ['D66', 'SP'])).toBe(false);
  });

  it('free text: the expected text is contained in the produced one', () => {
    expect(
      textMatches(
        'oprichten van een organisatiefonds',
        'over het oprichten van een organisatiefonds (32371, nr. 2)',
      ),
    ).toBe(true);
    expect(textMatches('oprichten van een fonds', 'oprichten van een organisatiefonds')).toBe(false);
  });

  it('motions pair one-to-one in any order, by title and then submitters; untitled ones by submitters and topic', () => {
    const expected = {
      motions: [
        { title: 'Noodfonds', submitters: ['Assen'], result: 'aangenomen' },
        { title: 'Noodfonds', submitters: ['Deventer'], result: 'verworpen', percentage: 43.02 },
        { submitters: ['D66'], topic: 'bestuurskracht', result: 'aangenomen' },
      ],
    };
    const produced = view({
      motions: [
        motion({
          title: 'Motie Deventer: noodfonds',
          submitters: ['Deventer'],
          result: 'verworpen',
          percentage: 43.02,
        }),
        motion({
          title: 'onderzoek',
          submitters: ['D66'],
          topic: 'de bestuurskracht vergroten',
          result: 'aangenomen',
        }),
        motion({ title: 'Noodfonds', submitters: ['Assen'], result: 'aangenomen' }),
      ],
    });
    expect(failed(compareDocument(expected, produced))).toEqual([]);
    const wrong = view({
      motions: [motion({ title: 'Noodfonds', submitters: ['Assen'], result: 'aangenomen' })],
    });
    const checks = compareDocument(expected, wrong);
    expect(checks.filter((c) => c.ok).length).toBe(3);
    expect(checks).toHaveLength(10);
  });

  it('a motion with nothing to pair by (no title, submitters or topic) takes a motion left over', () => {
    const expected = { motions: [{ title: 'Noodfonds' }, { signatories: ['Niels Hoogendoorn'] }] };
    const produced = view({
      motions: [
        motion({ title: 'Noodfonds' }),
        motion({ title: 'Termijn moties', signatories: ['Niels Hoogendoorn'] }),
      ],
    });
    expect(failed(compareDocument(expected, produced))).toEqual([]);
    const alone = view({ motions: [motion({ title: 'Noodfonds' })] });
    expect(failed(compareDocument(expected, alone))).toEqual(['motions[1].signatories']);
  });

  it('null expects nothing; an empty list expects no item; percentages within 0.005', () => {
    const expected = { meeting: null, motions: [{ title: 'x y z', result: null, percentage: 95.91 }] };
    expect(
      failed(compareDocument(expected, view({ motions: [motion({ title: 'x y z', percentage: 95.914 })] }))),
    ).toEqual([]);
    expect(
      failed(
        compareDocument(
          expected,
          view({ motions: [motion({ title: 'x y z', result: 'aangenomen', percentage: 95.9 })] }),
        ),
      ),
    ).toEqual(['motions["x y z"].result', 'motions["x y z"].percentage']);
    expect(failed(compareDocument({ motions: [] }, view({ motions: [motion({ title: 'a' })] })))).toEqual([
      'motions',
    ]);
  });

  it('counts may be one higher for a truncated text when the importer warns; clause lists may then end in a partial clause', () => {
    const expected = {
      truncated: true,
      expectedCounts: { motions: 1 },
      motions: [{ title: 'Eerste', operative: [{ kind: 'requests', text: 'iets te doen' }] }],
    };
    const two = [
      motion({
        title: 'Eerste',
        operative: [
          { kind: 'requests', text: 'iets te doen' },
          { kind: 'requests', text: 'en' },
        ],
      }),
      motion({ title: 'Tweede (afgebr' }),
    ];
    expect(
      failed(compareDocument(expected, view({ motions: two, truncated: true, warnings: ['truncated: …'] }))),
    ).toEqual([]);
    expect(failed(compareDocument(expected, view({ motions: two })))).toEqual([
      'truncated',
      'expectedCounts.motions',
    ]);
  });

  it('meeting kinds ignore case, hyphens and BALV = Buitengewone ALV; letter numbers ignore spaces', () => {
    const expected = {
      meeting: { kind: 'Buitengewone ALV', date: '2021-02-12' },
      letter: { number: 'Lbr.23/017' },
    };
    const produced = view({
      meeting: { kind: 'BALV', date: '2021-02-12' },
      letter: { number: 'Lbr. 23/017', reference: null },
    });
    expect(failed(compareDocument(expected, produced))).toEqual([]);
  });

  it('agreements pair by text and events by date and start, in any order', () => {
    const expected = {
      agreements: [{ text: 'moties in te dienen', due: '2021-06-03' }],
      events: [
        { title: 'ALV', date: '2021-06-16', start: '11:00' },
        { title: 'Congres', date: '2021-06-16', start: '09:30', end: '13:00', place: 'Den Haag' },
      ],
    };
    const produced = view({
      agreements: [{ text: 'Wij vragen u moties in te dienen', party: null, due: '2021-06-03' }],
      events: [
        {
          title: 'Jaarcongres',
          date: '2021-06-16',
          start: '09:30',
          end: '13:00',
          place: 'De Willemshof, Den Haag',
        },
        { title: 'ALV', date: '2021-06-16', start: '11:00', end: null, place: null },
      ],
    });
    expect(failed(compareDocument(expected, produced))).toEqual([]);
  });

  it('an expected file that is not one JSON object is refused with its name', () => {
    expect(() => parseExpected('a.expected.json', '[1]')).toThrow(
      /a\.expected\.json: verwacht één JSON-object/,
    );
    expect(() => parseExpected('b.expected.json', '{')).toThrow(/b\.expected\.json: geen geldige JSON/);
  });
});
