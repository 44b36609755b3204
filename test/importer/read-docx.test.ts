import { describe, expect, it } from 'vitest';
import { analyseFileDetailed } from '../../src/importer/analyse-file.js';
import { sanitiseDocxHtml } from '../../src/importer/readers/docx.js';
import { htmlToLines } from '../../src/importer/readers/html-to-lines.js';
import { readDocument } from '../../src/importer/readers/read-document.js';
import { makeDocx } from '../fixtures/importer/make-docx.js';

describe('DOCX reader', () => {
  it('reads paragraphs, Word numbering, bullets and table cells as lines', async () => {
    const docx = await makeDocx([
      { kind: 'heading', text: 'Motie “Betaalbare jeugdzorg”' },
      { kind: 'paragraph', text: 'Indieners: Gouda en Krimpenerwaard' },
      { kind: 'bullets', items: ['eerste punt;', 'tweede punt.'] },
      { kind: 'numbered', items: ['één', 'twee'] },
      { kind: 'table', rows: [['Preadvies', 'overnemen']] },
    ]);
    const document = await readDocument('motie.docx', docx);
    expect(document.format).toBe('docx');
    expect(document.lines.map((line) => line.text)).toEqual([
      'Motie “Betaalbare jeugdzorg”',
      'Indieners: Gouda en Krimpenerwaard',
      '- eerste punt;',
      '- tweede punt.',
      '1. één',
      '2. twee',
      'Preadvies',
      'overnemen',
    ]);
  });

  it('sanitises what mammoth produces before reading it', async () => {
    const html =
      '<p onclick="x()">Tekst<script>alert(1)</script> &amp; <a href="javascript:x">meer</a><img src="x.png"></p>' +
      '<ol><li>een</li><li>twee</li></ol><p>a<br>b</p>';
    const clean = await sanitiseDocxHtml(html);
    expect(clean).not.toMatch(/script|onclick|href|img/);
    expect(htmlToLines(clean)).toEqual(['Tekst & meer', '1. een', '2. twee', 'a', 'b']);
  });

  it('recognises a motion in a Word document, with pre-advice and result from a table', async () => {
    const docx = await makeDocx([
      { kind: 'heading', text: 'Motie “Betaalbare jeugdzorg”' },
      { kind: 'paragraph', text: 'Indieners: Gouda en Krimpenerwaard' },
      {
        kind: 'paragraph',
        text: 'De Algemene Ledenvergadering van de VNG, in vergadering bijeen op 26 juni 2024,',
      },
      { kind: 'paragraph', text: 'Constaterende dat:' },
      { kind: 'bullets', items: ['de kosten stijgen;', 'gemeenten tekorten hebben;'] },
      { kind: 'paragraph', text: 'Roept het bestuur op:' },
      { kind: 'numbered', items: ['in gesprek te gaan met het Rijk;', 'de leden te informeren.'] },
      { kind: 'paragraph', text: 'en gaat over tot de orde van de dag.' },
      {
        kind: 'table',
        rows: [
          ['Preadvies:', 'overnemen'],
          ['Uitslag:', 'aangenomen met 98,29%'],
        ],
      },
    ]);
    const { analysis } = await analyseFileDetailed({ name: 'motie.docx', bytes: docx });
    expect(analysis.kind).toBe('motion');
    const [motion] = analysis.motions;
    expect(motion).toMatchObject({
      title: 'Betaalbare jeugdzorg',
      submitters: ['Gouda', 'Krimpenerwaard'],
      andOthers: false,
      meeting: { kind: 'alv', date: '2024-06-26' },
      adoptedAt: { kind: 'alv', date: '2024-06-26' },
      result: 'aangenomen',
      percentage: 98.29,
      preAdvice: 'overnemen',
      signatories: [],
    });
    expect(motion.preamble).toEqual([
      { kind: 'noting', number: null, text: 'de kosten stijgen' },
      { kind: 'noting', number: null, text: 'gemeenten tekorten hebben' },
    ]);
    expect(motion.operative).toEqual([
      { kind: 'calls-on', number: '1', text: 'in gesprek te gaan met het Rijk' },
      { kind: 'calls-on', number: '2', text: 'de leden te informeren.' },
    ]);
    expect(analysis.warnings).toEqual([]);
  });

  it('does not merge Word paragraphs that merely end with a comma', async () => {
    const docx = await makeDocx([
      { kind: 'paragraph', text: 'Geachte leden van het college,' },
      { kind: 'paragraph', text: 'Op 17 maart heeft de VNG overleg gevoerd.' },
    ]);
    const { lines } = await analyseFileDetailed({ name: 'brief.docx', bytes: docx });
    expect(lines.map((line) => line.text)).toEqual([
      'Geachte leden van het college,',
      'Op 17 maart heeft de VNG overleg gevoerd.',
    ]);
  });

  it('reads an accountability report laid out as a Word table (label cell, value cell)', async () => {
    const row = (place: string, title: string, proposal: string): [string, string][] => [
      ['Onderwerp:', 'Financiën'],
      ['Motie en indiener:', `Motie ${place} “${title}” (Najaars ALV 29 november 2024)`],
      ['Inhoud/oproep:', '(samengevat)\nOproep aan het bestuur om in gesprek te gaan.\nMet het Rijk.'],
      ['Verantwoording:', 'Het gesprek is gevoerd.\nEr volgt een vervolg.'],
      ['Voorstel:', proposal],
    ];
    const docx = await makeDocx([
      { kind: 'heading', text: 'Verantwoording over uitvoering moties' },
      {
        kind: 'table',
        rows: [
          ...row('Súdwest-Fryslân', 'Eerlijke verdeling', 'Aanhouden'),
          ...row("'s-Hertogenbosch", 'Sterke steden', 'Als afgedaan te beschouwen'),
        ],
      },
    ]);
    const { analysis } = await analyseFileDetailed({ name: 'verantwoording.docx', bytes: docx });
    expect(analysis.kind).toBe('accountability-report');
    expect(
      analysis.motions.map((m) => ({
        s: m.submitters,
        t: m.title,
        topic: m.topic,
        p: m.proposal,
        call: m.call,
        acc: m.accountability,
      })),
    ).toEqual([
      {
        s: ['Súdwest-Fryslân'],
        t: 'Eerlijke verdeling',
        topic: 'Financiën',
        p: 'hold',
        call: 'Oproep aan het bestuur om in gesprek te gaan.\nMet het Rijk.',
        acc: 'Het gesprek is gevoerd.\nEr volgt een vervolg.',
      },
      {
        s: ["'s-Hertogenbosch"],
        t: 'Sterke steden',
        topic: 'Financiën',
        p: 'settle',
        call: 'Oproep aan het bestuur om in gesprek te gaan.\nMet het Rijk.',
        acc: 'Het gesprek is gevoerd.\nEr volgt een vervolg.',
      },
    ]);
    expect(analysis.motions[1].members).toEqual([{ name: "'s-Hertogenbosch", code: 'GM0796' }]);
    expect(analysis.warnings).toEqual([]);
  });
});
