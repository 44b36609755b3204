import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';
import { type Entry, entry, GOUDA, report, ZEIST } from './report-fixture.js';

/*
 * Limits of the accountability-report recogniser found when reading back generated reports and
 * documents from elsewhere. Each fixture is a small report written here, not a copy of a seed.
 */

const analyseText = (text: string) =>
  analyseFile({ name: 'verantwoording.txt', bytes: Buffer.from(text, 'utf8') });

describe('accountability report: a line break before the quoted title', () => {
  it('joins the submitters with the title on the next line, in the body and the table of contents', async () => {
    const analysis = await analyseText(
      report({
        toc: [
          '- Motie Gouda en Krimpenerwaard',
          '“Nieuwkomersonderwijs” aangenomen in Najaars ALV 29 november 2024',
          '- Motie Zeist',
          '',
          '“Langdurig investeren in probleemgebieden” aangenomen in Najaars ALV 29 november 2024.',
        ],
        entries: [GOUDA, ZEIST],
      }),
    );
    expect(analysis.kind).toBe('accountability-report');
    expect(analysis.warnings).toEqual([]);
    expect(analysis.motions.map((m) => [m.title, m.submitters, m.adoptedAt, m.proposal])).toEqual([
      [
        'Nieuwkomersonderwijs',
        ['Gouda', 'Krimpenerwaard'],
        { kind: 'najaars-alv', date: '2024-11-29' },
        'settle',
      ],
      [
        'Langdurig investeren in probleemgebieden',
        ['Zeist'],
        { kind: 'najaars-alv', date: '2024-11-29' },
        'hold',
      ],
    ]);
    const toc = analysis.toc as { motions: { title: string; submitters: string[] }[] }[];
    expect(toc[0].motions.map((m) => [m.title, m.submitters])).toEqual([
      ['Nieuwkomersonderwijs', ['Gouda', 'Krimpenerwaard']],
      ['Langdurig investeren in probleemgebieden', ['Zeist']],
    ]);
  });
});

describe('accountability report: the proposal is its own block', () => {
  const withProposal = (proposal: string[]): Entry => ({ ...ZEIST, proposal });
  const proposalsOf = async (entries: Entry[]) => {
    const analysis = await analyseText(report({ toc: [], entries }));
    return analysis.motions.map((m) => [m.proposal, m.condition ?? null]);
  };

  it('stops at a heading after a blank line, a heading, a new page or a group heading', async () => {
    expect(
      await proposalsOf([
        withProposal(['Voorstel: Als afgedaan te beschouwen', '', 'Aanhouden van vervolgafspraken']),
        withProposal(['Voorstel: Aanhouden', 'Toelichting indien afgedaan']),
        withProposal([
          'Voorstel: Als afgedaan te beschouwen',
          '\fVNG Bijlage 11 moties (aanhouden tenzij anders vermeld)',
        ]),
        withProposal([
          'Voorstel: Aanhouden',
          'Afgedane moties ALV 26 juni 2024 (als afgedaan te beschouwen):',
          '- Motie Kampen “Asielzoekers aan het werk”',
        ]),
      ]),
    ).toEqual([
      ['settle', null],
      ['hold', null],
      ['settle', null],
      ['hold', null],
    ]);
  });

  it('keeps a proposal that continues on the next line or after a bare label', async () => {
    expect(
      await proposalsOf([
        withProposal([
          'Voorstel: Als afgedaan te beschouwen,',
          'tenzij het kabinet vóór 1 juli geen besluit neemt.',
        ]),
        withProposal(['Voorstel:', '', 'Aanhouden']),
      ]),
    ).toEqual([
      ['conditional', 'tenzij het kabinet vóór 1 juli geen besluit neemt.'],
      ['hold', null],
    ]);
  });
});

describe('accountability report: label punctuation', () => {
  it('leaves no colon, dash or "(samengevat)" of any label variant at the start of a value', async () => {
    const variants: Entry[] = [
      { ...GOUDA, heading: ['Motie en indiener: Motie Gouda “Nieuwkomersonderwijs”'] },
      { ...ZEIST, heading: ['Motie en indiener – Motie Zeist “Langdurig investeren”'] },
    ];
    const text = report({ toc: [], entries: variants })
      .replace('Onderwerp: Sociaal domein', 'Onderwerp – Sociaal domein')
      .replace(
        'Inhoud/oproep: (samengevat)\nRoept het bestuur op om te pleiten',
        'Inhoud/oproep (samengevat): Roept het bestuur op om te pleiten',
      )
      .replace(
        'Inhoud/oproep: (samengevat)\nRoept het bestuur op om langjarige',
        'Inhoud / oproep (samengevat) :\n- Roept het bestuur op om langjarige',
      )
      .replace('Verantwoording:\nDe VNG heeft', 'Verantwoording (samengevat): De VNG heeft')
      .replace('Voorstel: Aanhouden', 'Voorstel (bestuur): Aanhouden');
    const analysis = await analyseText(text);
    expect(analysis.motions.map((m) => [m.topic, m.title, m.call, m.accountability, m.proposal])).toEqual([
      [
        'Sociaal domein',
        'Nieuwkomersonderwijs',
        'Roept het bestuur op om te pleiten voor structurele bekostiging van nieuwkomersonderwijs.',
        'De VNG heeft dit ingebracht in het overleg met het ministerie.',
        'settle',
      ],
      [
        'Financiën',
        'Langdurig investeren',
        '- Roept het bestuur op om langjarige afspraken te maken.',
        'Het kabinet heeft nog geen besluit genomen.',
        'hold',
      ],
    ]);
  });
});

describe('accountability report: group headings recognised by their shape', () => {
  it('reads long headings and headings that start otherwise, in the contents and the body', async () => {
    const noMeeting = (e: Entry, title: string): Entry => ({
      ...e,
      heading: [`Motie en indiener: Motie ${e === GOUDA ? 'Gouda' : 'Zeist'} “${title}”`],
    });
    const text = report({
      groupHeading:
        'Moties aangenomen in de Najaars-ALV van 29 november 2024 die het bestuur voorstelt af te doen of aan te houden:',
      toc: [
        '- Motie Gouda “Nieuwkomersonderwijs”',
        '',
        'Aangehouden motie Extra ALV 24 mei 2024:',
        '- Motie Zeist “Langdurig investeren”',
      ],
      section: 'Moties aangenomen in de Najaars-ALV van 29 november 2024:',
      entries: [noMeeting(GOUDA, 'Nieuwkomersonderwijs')],
    }).concat(
      [
        '',
        'Aangehouden motie Extra ALV 24 mei 2024',
        '',
        ...entry(noMeeting(ZEIST, 'Langdurig investeren')),
      ].join('\n'),
    );
    const analysis = await analyseText(text);
    const toc = analysis.toc as { heading: string; meeting: unknown; motions: unknown[] }[];
    expect(toc.map((group) => [group.heading, group.meeting, group.motions.length])).toEqual([
      [
        'Moties aangenomen in de Najaars-ALV van 29 november 2024 die het bestuur voorstelt af te doen of aan te houden',
        { kind: 'najaars-alv', date: '2024-11-29' },
        1,
      ],
      ['Aangehouden motie Extra ALV 24 mei 2024', { kind: 'extra-alv', date: '2024-05-24' }, 1],
    ]);
    expect(analysis.motions.map((m) => [m.title, m.adoptedAt, m.proposal])).toEqual([
      ['Nieuwkomersonderwijs', { kind: 'najaars-alv', date: '2024-11-29' }, 'settle'],
      ['Langdurig investeren', { kind: 'extra-alv', date: '2024-05-24' }, 'hold'],
    ]);
    expect(analysis.warnings).toEqual([]);
  });

  it('does not take a call that names a meeting for a heading', async () => {
    const call = 'Roept het bestuur op om vóór de Najaars ALV van 29 november 2025:';
    const analysis = await analyseText(
      report({ toc: [], entries: [{ ...ZEIST, call: [call, '- met het kabinet afspraken te maken.'] }] }),
    );
    expect(analysis.motions[0].call).toBe(`${call}\n- met het kabinet afspraken te maken.`);
  });
});
