import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../src/importer/normalise/clean-line.js';
import { joinFragments } from '../../src/importer/normalise/dehyphenate.js';
import { normaliseDocument } from '../../src/importer/normalise/normalise-lines.js';
import { textToLines } from '../../src/importer/readers/text.js';

function logical(text: string): string[] {
  return normaliseDocument({ format: 'text', ...textToLines(text) }).lines.map((line) => line.text);
}

describe('cleaning a line', () => {
  it('decodes mail safelinks to their target', () => {
    const safelink =
      'https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fvng.nl%2Fbrieven%2Fx.pdf&data=05%7C02%7Cx%40VNG.NL&sdata=abc%3D&reserved=0';
    expect(cleanLine(`Zie ${safelink} voor meer.`)).toBe('Zie https://vng.nl/brieven/x.pdf voor meer.');
  });

  it('removes markdown links, spaces before commas, control characters and layout residue', () => {
    expect(cleanLine('moties vanuit [Enschede](#) , [Beesel](#)\u0007')).toBe(
      'moties vanuit Enschede, Beesel',
    );
    expect(cleanLine('toegelicht in <https://vng.nl/brieven/a>.')).toBe(
      'toegelicht in https://vng.nl/brieven/a.',
    );
    expect(cleanLine('__')).toBe('');
    expect(cleanLine('Inloop: Vanaf 10. 00 uur')).toBe('Inloop: Vanaf 10.00 uur');
    expect(cleanLine('uiterlijk 14 april a. s. in een overleg')).toBe(
      'uiterlijk 14 april a.s. in een overleg',
    );
    expect(cleanLine('(geanonimiseerd)')).toBe('[geanonimiseerd]');
  });
});

describe('hyphenation', () => {
  it('rejoins words broken at the end of a line, keeps real compounds', () => {
    expect(joinFragments('de finan-', 'ciele verhoudingen')).toBe('de financiele verhoudingen');
    expect(joinFragments('het NPLV-', 'programma van BZK')).toBe('het NPLV-programma van BZK');
    expect(joinFragments('verregaande en niet-', 'vrijblijvende afspraken')).toBe(
      'verregaande en niet-vrijblijvende afspraken',
    );
    expect(joinFragments('hun zorg-', 'en meldplicht')).toBe('hun zorg- en meldplicht');
    expect(joinFragments('met de', 'VNG')).toBe('met de VNG');
  });

  it('uses the document itself to decide: a word written with a hyphen elsewhere keeps it', () => {
    const text =
      'De motie-Zeist en de motie-\nvoorstellen.\n\nDe motievoorstellen zijn\nklaar. Het oud-\nlid.';
    expect(logical(text)).toEqual([
      'De motie-Zeist en de motievoorstellen.',
      'De motievoorstellen zijn klaar. Het oud-lid.',
    ]);
  });
});

describe('hyphens at line ends: compound or broken word', () => {
  it('keeps the hyphen of a compound whose left part the document uses as a word on its own', () => {
    const text =
      'De minister-\npresident heeft de gemeen-\nten uitgenodigd.\n\nDe minister sprak over de gemeente.\n\nDe gemeente-\nlijke taken en de over-\nheid.';
    expect(logical(text)).toEqual([
      'De minister-president heeft de gemeenten uitgenodigd.',
      'De minister sprak over de gemeente.',
      'De gemeentelijke taken en de overheid.',
    ]);
  });

  it('keeps it before a capital or a digit, and follows what the document writes elsewhere', () => {
    const text =
      'Het artikel-\n2-onderzoek en de NIS2-\nrichtlijn.\n\nDe werk-\ngroep en de concept-\nVNG-inzet.\n\nDe werkgroepen en het werk.';
    expect(logical(text)).toEqual([
      'Het artikel-2-onderzoek en de NIS2-richtlijn.',
      'De werkgroep en de concept-VNG-inzet.',
      'De werkgroepen en het werk.',
    ]);
  });
});

describe('a spaced dash at the start of a line', () => {
  it('opens a list item after a closed sentence, a colon, a clause heading or another item', () => {
    const text =
      'Draagt het bestuur op:\n- Zich in te zetten\n- de kosten te dekken.\nConstaterende dat\n- de kosten stijgen;';
    expect(logical(text)).toEqual([
      'Draagt het bestuur op:',
      '- Zich in te zetten',
      '- de kosten te dekken.',
      'Constaterende dat',
      '- de kosten stijgen;',
    ]);
  });

  it('continues a sentence that has not ended', () => {
    const text = 'Het bestuur vindt dat gemeenten\n- en dat is belangrijk - zelf de regie houden.';
    expect(logical(text)).toEqual([
      'Het bestuur vindt dat gemeenten - en dat is belangrijk - zelf de regie houden.',
    ]);
  });
});

describe('logical lines', () => {
  it('merges words broken over lines, also across blank lines inside a sentence', () => {
    const text =
      'Op 17 maart heeft de VNG\n\noverleg gevoerd met het\n\nkabinet \nover de financiële positie.\n\nConclusies overhedenoverleg\n\nIn het overleg is';
    expect(logical(text)).toEqual([
      'Op 17 maart heeft de VNG overleg gevoerd met het kabinet over de financiële positie.',
      'Conclusies overhedenoverleg',
      'In het overleg is',
    ]);
  });

  it('keeps list items, labels and clause headings on their own line', () => {
    const text =
      'Verzoekt het bestuur:\n1. in gesprek\nte gaan;\n2. de leden te informeren.\nDatum:\nWoensdag\n\n26\nmaart\nLocatie: Den Haag';
    expect(logical(text)).toEqual([
      'Verzoekt het bestuur:',
      '1. in gesprek te gaan;',
      '2. de leden te informeren.',
      'Datum: Woensdag 26 maart',
      'Locatie: Den Haag',
    ]);
  });

  it('drops stray page numbers but keeps numbers that belong to the text', () => {
    const text = 'einde van de pagina.\n\n13\n\nVolgende pagina begint hier.\nop\n\n26\nmaart';
    expect(logical(text)).toEqual(['einde van de pagina.', 'Volgende pagina begint hier. op 26 maart']);
  });

  it('drops running headers and footers repeated on the pages (form feeds separate pages)', () => {
    const page = (n: number, body: string) => `VNG | Ledenbrief Lbr. 25/015\n${body}\nPagina ${n} van 3`;
    const text = [page(1, 'Eerste alinea.'), page(2, 'Tweede alinea.'), page(3, 'Derde alinea.')].join('\f');
    const document = normaliseDocument({ format: 'text', ...textToLines(text) });
    expect(document.lines.map((line) => [line.text, line.page])).toEqual([
      ['Eerste alinea.', 1],
      ['Tweede alinea.', 2],
      ['Derde alinea.', 3],
    ]);
  });

  it('keeps provenance: first and last physical line of a logical line', () => {
    const document = normaliseDocument({
      format: 'text',
      ...textToLines('Titel\n\nEen zin die\nverder gaat\n\nop regel vijf.'),
    });
    expect(document.lines[1]).toMatchObject({
      text: 'Een zin die verder gaat op regel vijf.',
      line: 3,
      endLine: 6,
    });
  });
});
