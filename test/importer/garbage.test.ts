import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile, analyseFiles, isFileFailure } from '../../src/importer/analyse-file.js';
import { ImportError } from '../../src/importer/errors.js';
import { makePdf } from '../fixtures/importer/make-pdf.js';
import { binaryJunk, makeZip } from '../fixtures/importer/make-zip.js';
import { seedPath } from './support.js';

const MB = 1024 * 1024;

async function failure(name: string, bytes: Uint8Array): Promise<ImportError> {
  const error = await analyseFile({ name, bytes }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('garbage input gives a clear error per file', () => {
  it('binary junk', async () => {
    const error = await failure('junk.pdf', binaryJunk(4096));
    expect(error.code).toBe('unsupported_format');
    expect(error.message).toBe(
      "Het bestand 'junk.pdf' is geen PDF, Word-document (.docx) of tekstbestand en kan niet worden gelezen.",
    );
  });

  it('an empty file, and one with only white space', async () => {
    expect((await failure('leeg.txt', new Uint8Array())).code).toBe('empty_file');
    expect((await failure('spaties.txt', Buffer.from(' \n\t\n '))).code).toBe('empty_file');
  });

  it('a 50 MB file is refused before it is read, also from disk', async () => {
    const error = await failure('groot.pdf', Buffer.alloc(50 * MB, 0x41));
    expect(error.code).toBe('file_too_large');
    expect(error.message).toMatch(/te groot \(50\.0 MB; maximaal 25 MB\)/);
    const path = join(mkdtempSync(join(tmpdir(), 'import-')), 'groot.txt');
    writeFileSync(path, '');
    truncateSync(path, 50 * MB);
    await expect(analyseFile(path)).rejects.toMatchObject({ code: 'file_too_large' });
  });

  it('a PDF without a text layer (only a drawn rectangle)', async () => {
    const pdf = await makePdf([{ blocks: [{ kind: 'rectangle' }] }]);
    const error = await failure('scan.pdf', pdf);
    expect(error.code).toBe('pdf_without_text');
    expect(error.message).toMatch(/geen tekstlaag/);
  });

  it('a damaged PDF', async () => {
    const error = await failure('kapot.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'));
    expect(error.code).toBe('pdf_unreadable');
  });

  it('a DOCX that is a zip of nonsense, and a zip that is cut off', async () => {
    const zip = makeZip({ 'onzin.txt': 'dit is geen Word-document', 'map/meer.bin': 'x'.repeat(100) });
    expect((await failure('motie.docx', zip)).code).toBe('docx_unreadable');
    expect((await failure('half.docx', zip.subarray(0, 40))).code).toBe('docx_unreadable');
    const bomb = makeZip({ 'word/document.xml': '<w:document/>' });
    bomb.writeUInt32LE(4_000_000_000, bomb.length - 22 - 46 - 'word/document.xml'.length + 24);
    // A zip bomb is refused as too large before anything is inflated, with the size its directory claims.
    const error = await failure('bom.docx', bomb);
    expect(error.code).toBe('document_too_complex');
    expect(error.message).toMatch(
      /^Het bestand 'bom\.docx' is te groot of te ingewikkeld om in te lezen: .*pakt uit tot/,
    );
  });

  it('an old Word document (.doc)', async () => {
    const doc = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      binaryJunk(512),
    ]);
    expect((await failure('oud.doc', doc)).code).toBe('legacy_word_format');
  });

  it('a file that does not exist', async () => {
    await expect(analyseFile('/nonexistent/motie.pdf')).rejects.toMatchObject({ code: 'file_unreadable' });
  });

  it('the other files of a batch are still analysed', async () => {
    const results = await analyseFiles([
      { name: 'junk.bin', bytes: binaryJunk(100) },
      seedPath('000'),
      { name: 'leeg.txt', bytes: new Uint8Array() },
    ]);
    expect(results.map((result) => (isFileFailure(result) ? result.error.code : result.kind))).toEqual([
      'unsupported_format',
      'resolution',
      'empty_file',
    ]);
    expect(results[0]).toEqual({
      file: 'junk.bin',
      error: { code: 'unsupported_format', message: expect.stringContaining("'junk.bin'") },
    });
  });

  it('reads text in Windows-1252 and UTF-16 as well', async () => {
    const latin = Buffer.from('Motie "Financiën" (ALV 26 juni 2024)\n', 'latin1');
    const analysis = await analyseFile({ name: 'oud.txt', bytes: latin });
    expect(analysis.format).toBe('text');
    expect(analysis.title).toBe('Motie "Financiën" (ALV 26 juni 2024)');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Geachte leden,\n\nMet vriendelijke groet', 'utf16le'),
    ]);
    expect((await analyseFile({ name: 'brief.txt', bytes: utf16 })).kind).toBe('member-letter');
  });

  it('reads the curly quotes, dashes and euro sign of Windows-1252 (Word saved as text)', async () => {
    // ‘ ’ “ ” – € are the bytes 0x91 0x92 0x93 0x94 0x96 0x80 in Windows-1252 (no Latin-1 characters).
    const text = [
      'Motie \x91Financi\xeble ruimte gemeenten\x92',
      '',
      'De algemene ledenvergadering, bijeen op 26 juni 2024 te Den Haag,',
      '',
      'Constaterende dat:',
      '- het \x93ravijnjaar\x94 gemeenten \x80 3 miljard kost \x96 en meer;',
      '',
      'Verzoekt het bestuur:',
      '- een re\xeble oplossing te zoeken met het Rijk.',
      '',
      'Indiener: gemeente Utrecht',
    ].join('\n');
    const analysis = await analyseFile({ name: 'word.txt', bytes: Buffer.from(text, 'latin1') });
    expect(analysis.title).toBe('Motie ‘Financiële ruimte gemeenten’');
    expect(analysis.motions.map((m) => m.title)).toEqual(['Financiële ruimte gemeenten']);
    expect(analysis.motions[0]?.preamble.map((c) => c.text)).toEqual([
      'het “ravijnjaar” gemeenten € 3 miljard kost – en meer',
    ]);
  });
});
