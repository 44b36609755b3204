import { beforeAll, describe, expect, it } from 'vitest';
import { analyseFileDetailed, type DetailedAnalysis } from '../../src/importer/analyse-file.js';
import { readDocument } from '../../src/importer/readers/read-document.js';
import { makePdf, type PdfPage } from '../fixtures/importer/make-pdf.js';

const HEADER = 'VNG | Resolutie Sterke gemeenten';

function twoColumnResolution(): PdfPage[] {
  return [
    {
      header: HEADER,
      footer: 'Pagina 1 van 3',
      blocks: [
        {
          kind: 'lines',
          size: 12,
          lines: ['Resolutie “Sterke gemeenten, sterk land”', 'De leden bijeen in de ALV van 18 juni 2025:'],
        },
        {
          kind: 'columns',
          left: [
            'Constaterende dat:',
            '1. de kosten van de jeugd-',
            'zorg blijven stijgen;',
            '2. gemeenten tekorten',
            'hebben op hun begroting;',
            'Overwegende dat:',
            '1. de balans tussen taken',
            'en middelen zoek is;',
          ],
          right: [
            'Spreekt uit:',
            '1. dat het rijk de kosten',
            'volledig moet vergoeden;',
            'Verzoekt het bestuur:',
            '1. hierover met het kabinet',
            'in overleg te gaan;',
            '2. de leden te informeren',
            'vóór 1 oktober 2025.',
          ],
        },
      ],
    },
    {
      header: HEADER,
      footer: 'Pagina 2 van 3',
      blocks: [
        { kind: 'lines', lines: ['Toelichting'] },
        {
          kind: 'columns',
          left: [
            'De linkerkolom van de toelich-',
            'ting begint hier en loopt door',
            'tot onderaan de kolom.',
            'Daarna volgt de rechterkolom.',
            'Eerst links, dan rechts.',
            'Zo leest een mens de pagina.',
          ],
          right: [
            'De rechterkolom sluit aan op',
            'de linker en vertelt verder',
            'over de afspraken met het',
            'kabinet over de jeugdzorg.',
            'Ook hier staan zes regels.',
            'Einde van de rechterkolom.',
          ],
        },
      ],
    },
    {
      header: HEADER,
      footer: 'Pagina 3 van 3',
      blocks: [{ kind: 'lines', lines: ['Slotwoord van de toelichting op de derde pagina.'] }],
    },
  ];
}

describe('PDF reader', () => {
  let result: DetailedAnalysis;
  beforeAll(async () => {
    result = await analyseFileDetailed({
      name: 'resolutie.pdf',
      bytes: await makePdf(twoColumnResolution()),
    });
  });

  it('reads a two-column page column by column, not row by row', async () => {
    const document = await readDocument('resolutie.pdf', await makePdf(twoColumnResolution()));
    const texts = document.lines.filter((line) => line.page === 1).map((line) => line.text);
    expect(texts.indexOf('Overwegende dat:')).toBeLessThan(texts.indexOf('Spreekt uit:'));
    expect(texts.indexOf('en middelen zoek is;')).toBe(texts.indexOf('Spreekt uit:') - 1);
    expect(document.pages).toBe(3);
  });

  it('recognises the resolution with its clauses, rejoining hyphenated words', () => {
    const { analysis } = result;
    expect(analysis.format).toBe('pdf');
    expect(analysis.kind).toBe('resolution');
    expect(analysis.title).toBe('Sterke gemeenten, sterk land');
    expect(analysis.meeting).toEqual({ kind: 'alv', date: '2025-06-18' });
    const [resolution] = analysis.resolutions;
    expect(resolution.preamble).toEqual([
      { kind: 'noting', number: '1', text: 'de kosten van de jeugdzorg blijven stijgen' },
      { kind: 'noting', number: '2', text: 'gemeenten tekorten hebben op hun begroting' },
      { kind: 'considering', number: '1', text: 'de balans tussen taken en middelen zoek is' },
    ]);
    expect(resolution.operative).toEqual([
      { kind: 'declares', number: '1', text: 'dat het rijk de kosten volledig moet vergoeden' },
      { kind: 'requests', number: '1', text: 'hierover met het kabinet in overleg te gaan' },
      { kind: 'requests', number: '2', text: 'de leden te informeren vóór 1 oktober 2025.' },
    ]);
    expect(resolution.source.pages).toEqual({ from: 1, to: 1 });
  });

  it('drops running headers and page numbers and keeps page numbers in the provenance', () => {
    const [resolution] = result.analysis.resolutions;
    expect(result.text).not.toContain(HEADER);
    expect(result.text).not.toMatch(/Pagina \d van 3/);
    expect(resolution.explanation).toBe(
      [
        'De linkerkolom van de toelichting begint hier en loopt door tot onderaan de kolom.',
        'Daarna volgt de rechterkolom.',
        'Eerst links, dan rechts.',
        'Zo leest een mens de pagina.',
        'De rechterkolom sluit aan op de linker en vertelt verder over de afspraken met het kabinet over de jeugdzorg.',
        'Ook hier staan zes regels.',
        'Einde van de rechterkolom.',
        'Slotwoord van de toelichting op de derde pagina.',
      ].join('\n'),
    );
    const last = result.lines[result.lines.length - 1];
    expect(last).toMatchObject({
      text: 'Slotwoord van de toelichting op de derde pagina.',
      page: 3,
      endPage: 3,
    });
  });

  it('keeps a label that ends every page ("Voorstel: Aanhouden"), it is content', async () => {
    const pages: PdfPage[] = ['Almere', 'Tilburg', 'Zeist'].map((place, index) => ({
      header: 'Verantwoording over uitvoering moties',
      footer: `- ${index + 1} -`,
      blocks: [
        {
          kind: 'lines',
          lines: [
            `Onderwerp: Financiën ${place}`,
            `Motie en indiener: Motie ${place} “Eerlijke verdeling ${index + 1}” (ALV 26 juni 2024)`,
            'Inhoud/oproep: Oproep aan het bestuur om in gesprek te gaan.',
            'Verantwoording: Het gesprek is gevoerd.',
            'Voorstel: Aanhouden',
          ],
        },
      ],
    }));
    const { analysis } = await analyseFileDetailed({
      name: 'verantwoording.pdf',
      bytes: await makePdf(pages),
    });
    expect(analysis.kind).toBe('accountability-report');
    expect(
      analysis.motions.map((motion) => [motion.submitters[0], motion.proposal, motion.source.pages.from]),
    ).toEqual([
      ['Almere', 'hold', 1],
      ['Tilburg', 'hold', 2],
      ['Zeist', 'hold', 3],
    ]);
    expect(analysis.warnings).toEqual([]);
  });
});
