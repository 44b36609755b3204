import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/importer/readers/pdf.js';
import { tinyPdf, warmUpPdfReader } from '../../src/importer/readers/pdf-warm-up.js';

describe('warming up the PDF reader', () => {
  it('reads the tiny PDF it builds, with text that needs escaping', async () => {
    const read = await readPdf(tinyPdf('Motie (over) de a\\b-weg'), 'klein.pdf');
    expect(read.format).toBe('pdf');
    expect(read.pages).toBe(1);
    expect(read.lines.map((line) => line.text)).toEqual(['Motie (over) de a\\b-weg']);
  });

  it('says whether the warm-up read its PDF', async () => {
    expect(await warmUpPdfReader()).toBe(true);
  });
});
