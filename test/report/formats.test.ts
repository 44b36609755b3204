import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/report/model.js';
import { renderReportCsv } from '../../src/report/render-csv.js';
import { renderReportDocx } from '../../src/report/render-docx.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { renderReportPdf } from '../../src/report/render-pdf.js';
import { loadFixtureReport } from './support/render-round.js';
import { loadSeedRound } from './support/round-fixture.js';

let model: ReportModel;
beforeAll(async () => {
  model = await loadFixtureReport(loadSeedRound());
});

describe('HTML', () => {
  it('is one Dutch page with one h1, the bureau’s sections and a linked table of contents', () => {
    const html = renderReportHtml(model);
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const h2 = [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual([
      'Samenvatting',
      'Voorstel aan de leden',
      'Inhoudsopgave verantwoording uitvoering moties',
      'Aangehouden moties eerdere ALV-en',
      'Aangenomen moties Najaars ALV 29 november 2024',
    ]);
    const links = [...html.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]);
    expect(links).toHaveLength(23);
    for (const id of links) expect(html).toContain(`<article id="${id}"`);
    expect(html.match(/<dt>Voorstel:<\/dt><dd><strong>Aanhouden<\/strong>/g)).toHaveLength(9);
  });

  it('skips no heading level: motions of a group without its own heading are h3', () => {
    const html = renderReportHtml(model);
    const levels = [...html.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1] + 1);
    });
    expect(levels.filter((l) => l === 4)).toHaveLength(16);
  });

  it('escapes what staff typed', () => {
    const evil = structuredClone(model);
    evil.groups[0].motions[0].title = '<script>alert(1)</script>';
    const html = renderReportHtml(evil);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('CSV', () => {
  it('has a header and one row per motion, semicolons and a byte-order mark, formulas defused', () => {
    const csv = renderReportCsv(model);
    expect(csv.startsWith('\ufeffNr;Onderdeel;Groep;Onderwerp;Indieners')).toBe(true);
    const rows = csv
      .slice(1)
      .split(/\r\n(?=\d+;|$)/)
      .filter(Boolean);
    expect(rows).toHaveLength(24);
    expect(rows[1]).toMatch(
      /^1;Aangehouden moties eerdere ALV-en;Aangehouden motie ALV 29 juni 2022;Inburgering;Almere en Tilburg;nee;/,
    );
    expect(csv).not.toMatch(/;"?- Langjarige/);
    // Dutch words only, never the code's values.
    expect(csv).not.toMatch(/;(?:hold|settle|conditional);/);
    expect(csv).toMatch(/;aanhouden;/);
  });

  it('names the proposals in Dutch, never by their code', () => {
    const csv = renderReportCsv(model);
    expect(csv).toContain(';Aanhouden;aanhouden;');
    expect(csv).toContain(';Als afgedaan te beschouwen;afdoen;');
    expect(csv).not.toMatch(/;(hold|settle|conditional);/);
  });
});

describe('DOCX', () => {
  let files: Record<string, Uint8Array>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderReportDocx(model);
    files = unzipSync(bytes);
  });

  it('uses Word’s Title and Heading 1–3 styles and a filled-in table-of-contents field', () => {
    const xml = strFromU8(files['word/document.xml']);
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3'])
      expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    expect(xml).toContain('Motie Almere en Tilburg');
    // 16 held-over motions under 5 group headings (Heading 3), 7 adopted ones right under their section (Heading 2).
    expect(xml.match(/<w:pStyle w:val="Heading3"\/>/g)).toHaveLength(16);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(5 + 7);
  });

  it('has page numbers in the footer, Dutch as language and a title in the properties', () => {
    const footers = Object.keys(files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.map((name) => strFromU8(files[name])).join()).toMatch(/PAGE/);
    expect(strFromU8(files['word/styles.xml'])).toContain('w:lang w:val="nl-NL"');
    expect(strFromU8(files['docProps/core.xml'])).toContain(
      '11. Verantwoording over uitvoering moties ALV-en',
    );
  });

  it('reads as headings in another word processor (mammoth)', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(value.match(/<h3>/g)).toHaveLength(16);
    expect(value).toMatch(/<h1>(?:<a id="[^"]+"><\/a>)?Aangehouden moties eerdere ALV-en<\/h1>/);
  });
});

describe('PDF', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderReportPdf(model);
  });

  it('is tagged A4 PDF 1.7 in Dutch with a title, outline and headings in its structure', async () => {
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\/Lang \(nl-NL\)/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/StructTreeRoot');
    for (const tag of ['H1', 'H2', 'H3', 'H4', 'TOC', 'TOCI', 'L', 'LI', 'P'])
      expect(raw).toContain(`/S /${tag}`);
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/Outlines');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
    expect(info.Title).toBe('11. Verantwoording over uitvoering moties ALV-en – ALV 18 juni 2025');
    const page = await pdf.getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]);
    const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain('Datum rapport:');
    expect(text).toContain('Ledenbrief:');
    expect(text).toMatch(/Pagina 1 van \d+/);
    const second = (await (await pdf.getPage(2)).getTextContent()).items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ');
    expect(second).toContain('Samenvatting');
    expect(second).toContain('Deze verantwoording betreft 23 moties');
    await pdf.destroy();
  });
});
