import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { drawLines, LINE_GAP, lineStep, MEASURE_ONLY, wrapLines } from './pdf-lines.js';
import type { ListItem, TextBlock } from './text-blocks.js';
import { woffToSfnt } from './woff-to-sfnt.js';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** A tagged A4 document being written: structure elements nest like the headings and sections they hold. */
export type PdfWriter = { doc: Doc; root: Struct; width: number; left: number };

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans from the @fontsource/dejavu-sans package, embedded (subset) in every PDF: the standard PDF
 * fonts only know Windows-1252, so "→" and other characters outside it would not render, and an archived
 * PDF must carry its own fonts.
 */
let fontData: { regular: Buffer; bold: Buffer } | undefined;
const fonts = () => {
  fontData ??= {
    regular: woffToSfnt(
      readFileSync(require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff')),
    ),
    bold: woffToSfnt(
      readFileSync(require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff')),
    ),
  };
  return fontData;
};

export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' };
const SIZE = { body: 10, h1: 15, h2: 13.5, h3: 12, h4: 11, small: 8 };
const MARGIN = { top: 68, bottom: 68, left: 70, right: 70 };

export type CreatePdfOptions = {
  title: string;
  subject: string;
  author: string;
  keywords?: string;
  /** Only find out where everything lands (page numbers for a table of contents); draw no text. */
  measureOnly?: boolean;
};

/** PDF 1.7, A4, tagged, language nl-NL, title shown instead of the file name; pages buffered for footers. */
export function createPdfWriter(options: CreatePdfOptions): PdfWriter {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    bufferPages: true,
    // pdfkit hashes every info value: leave out the ones not given.
    info: Object.fromEntries(
      Object.entries({
        Title: options.title,
        Subject: options.subject,
        Author: options.author,
        Keywords: options.keywords,
        Creator: 'Motiemonitor',
      }).filter(([, value]) => value !== undefined),
    ),
  });
  if (options.measureOnly) MEASURE_ONLY.add(doc);
  doc.registerFont(FONT.regular, fonts().regular);
  doc.registerFont(FONT.bold, fonts().bold);
  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.font(FONT.regular).fontSize(SIZE.body).lineGap(LINE_GAP);
  return { doc, root, width: doc.page.width - MARGIN.left - MARGIN.right, left: MARGIN.left };
}

/** Starts a new page when less than `height` points are left, so a heading stays with what follows. */
export function keepSpace(writer: PdfWriter, height: number): void {
  const { doc } = writer;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A structure element (Sect, Art, L, TOC…) under `parent`, attached so its children are drawn in order. */
export function openStruct(writer: PdfWriter, parent: Struct, type: string): Struct {
  const element = writer.doc.struct(type);
  parent.add(element);
  return element;
}

export type HeadingLevel = 1 | 2 | 3 | 4;
const HEADING_SIZE: Record<HeadingLevel, number> = { 1: SIZE.h1, 2: SIZE.h2, 3: SIZE.h3, 4: SIZE.h4 };

/** A heading tagged H1–H4, kept with the next lines, optionally a named destination for links. */
export function writeHeading(
  writer: PdfWriter,
  parent: Struct,
  level: HeadingLevel,
  text: string,
  options: { destination?: string; gapBefore?: number } = {},
): void {
  const { doc } = writer;
  const size = HEADING_SIZE[level];
  keepSpace(writer, size * 2 + SIZE.body * 4);
  doc.moveDown(options.gapBefore ?? (level <= 2 ? 0.9 : 0.6));
  const destination = options.destination;
  if (destination) doc.addNamedDestination(destination);
  parent.add(
    doc.struct(`H${level}`, {}, () => {
      doc.font(FONT.bold).fontSize(size).fillColor('#000000');
      drawLines(doc, wrapLines(doc, text, writer.width), writer.left);
    }),
  );
  doc.font(FONT.regular).fontSize(SIZE.body).moveDown(0.3);
}

export type ParagraphOptions = {
  label?: string;
  bold?: boolean;
  color?: string;
  size?: number;
  gapAfter?: number;
};

/** A paragraph tagged P; with `label` the label is bold on the same line ("Onderwerp: …"). */
export function writeParagraph(
  writer: PdfWriter,
  parent: Struct,
  text: string,
  options: ParagraphOptions = {},
): void {
  const { doc } = writer;
  const size = options.size ?? SIZE.body;
  parent.add(
    doc.struct('P', {}, () => {
      doc.fontSize(size).fillColor(options.color ?? '#000000');
      let indent = 0;
      if (options.label) {
        const label = `${options.label} `;
        doc.font(FONT.bold);
        indent = doc.widthOfString(label);
        if (doc.y + lineStep(doc) > doc.page.height - doc.page.margins.bottom) doc.continueOnNewPage();
        doc.text(label, writer.left, doc.y, { lineBreak: false });
      }
      doc.font(options.bold ? FONT.bold : FONT.regular);
      const lines = wrapLines(doc, text, writer.width, writer.width - indent);
      drawLines(doc, lines, writer.left, { indentFirst: indent });
    }),
  );
  doc
    .font(FONT.regular)
    .fontSize(SIZE.body)
    .fillColor('#000000')
    .moveDown(options.gapAfter ?? 0.35);
}

/** A list tagged L > LI > Lbl + LBody, "–" for items and "o" one level deeper. */
export function writeList(writer: PdfWriter, parent: Struct, items: ListItem[]): void {
  const { doc } = writer;
  const list = openStruct(writer, parent, 'L');
  for (const item of items) {
    const indent = item.level === 1 ? 0 : 16;
    const x = writer.left + indent;
    keepSpace(writer, SIZE.body * 1.5);
    const top = doc.y;
    const li = openStruct(writer, list, 'LI');
    li.add(
      doc.struct('Lbl', {}, () => {
        doc.font(FONT.regular).text(item.level === 1 ? '–' : 'o', x, top, { lineBreak: false });
      }),
    );
    doc.y = top;
    li.add(
      doc.struct('LBody', {}, () => {
        drawLines(doc, wrapLines(doc, item.text, writer.width - indent - 16), x + 16);
      }),
    );
    li.end();
    doc.moveDown(0.15);
  }
  list.end();
  doc.x = writer.left;
  doc.moveDown(0.2);
}

export function writeBlocks(writer: PdfWriter, parent: Struct, blocks: TextBlock[]): void {
  if (blocks.length === 0) writeParagraph(writer, parent, '—');
  for (const block of blocks) {
    if (block.kind === 'paragraph') writeParagraph(writer, parent, block.text);
    else writeList(writer, parent, block.items);
  }
}

export const PDF_SIZES = SIZE;
