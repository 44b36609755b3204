import { formatProposal } from '../domain/vocabulary/index.js';
import { listSections } from './build-report-model.js';
import {
  formatAttachmentLine,
  formatContentsLine,
  formatCounts,
  formatCoverFacts,
  formatMeeting,
  formatMotionReference,
  formatReportHeading,
  LABELS,
} from './dutch-format.js';
import type { ReportModel, ReportMotion } from './model.js';
import { finishPdf, writePageFurniture } from './pdf-finish.js';
import { drawLines, lineStep, wrapLines } from './pdf-lines.js';
import {
  createPdfWriter,
  FONT,
  keepSpace,
  openStruct,
  PDF_SIZES,
  type PdfWriter,
  writeBlocks,
  writeHeading,
  writeParagraph,
} from './pdf-writer.js';
import { splitTextBlocks } from './text-blocks.js';

type Struct = PDFKit.PDFStructureElement;
const destination = (n: number) => `motie-${n}`;
const PAGE_COLUMN = 34;
/** Writers of the measuring pass: images are placed, not decoded. */
const MEASURE_ONLY_PAGES = new WeakSet<PdfWriter>();

/** The motions in report order with their number (1-based), as the table of contents and body list them. */
function numberMotions(model: ReportModel): Map<ReportMotion, number> {
  const numbers = new Map<ReportMotion, number>();
  for (const section of listSections(model))
    for (const group of section.groups)
      for (const motion of group.motions) numbers.set(motion, numbers.size + 1);
  return numbers;
}

const currentPage = (writer: PdfWriter) => writer.doc.bufferedPageRange().count;

function writeContentsEntry(
  writer: PdfWriter,
  toc: Struct,
  text: string,
  target: string,
  page: number | undefined,
) {
  const { doc } = writer;
  doc.font(FONT.regular).fontSize(PDF_SIZES.body);
  const lines = wrapLines(doc, `- ${text}`, writer.width - 10 - PAGE_COLUMN);
  keepSpace(writer, lines.length * lineStep(doc));
  const item = openStruct(writer, toc, 'TOCI');
  item.add(
    doc.struct('Link', {}, () => {
      drawLines(doc, lines, writer.left + 10, { goTo: target });
      const after = doc.y;
      const label = page === undefined ? '' : String(page);
      const x = writer.left + writer.width - doc.widthOfString(label);
      doc.text(label, x, after - lineStep(doc), { lineBreak: false, goTo: target });
      doc.x = writer.left;
      doc.y = after;
    }),
  );
  item.end();
  doc.moveDown(0.15);
}

function writeContents(
  writer: PdfWriter,
  model: ReportModel,
  numbers: Map<ReportMotion, number>,
  pages: number[],
) {
  const { doc, root } = writer;
  writeHeading(writer, root, 2, 'Inhoudsopgave verantwoording uitvoering moties');
  const toc = openStruct(writer, root, 'TOC');
  for (const group of listSections(model).flatMap((section) => section.groups)) {
    keepSpace(writer, PDF_SIZES.body * 5);
    doc.moveDown(0.4);
    const item = openStruct(writer, toc, 'TOCI');
    writeParagraph(writer, item, `${group.label}:`, { bold: true, gapAfter: 0.15 });
    item.end();
    for (const motion of group.motions) {
      const n = numbers.get(motion)!;
      writeContentsEntry(
        writer,
        toc,
        formatContentsLine(motion, group.meeting !== null),
        destination(n),
        pages[n],
      );
    }
  }
  toc.end();
}

type Outline = PDFKit.PDFOutline;

/**
 * One motion block in the bureau's order: Onderwerp, Motie en indiener (the reference is the heading,
 * H4 under a group heading and H3 without one, and the link target), Inhoud/oproep, Verantwoording,
 * Voorstel. Returns the heading's page.
 */
function writeMotion(
  writer: PdfWriter,
  parent: Struct,
  outline: Outline,
  motion: ReportMotion,
  n: number,
  level: 3 | 4,
): number {
  const { doc } = writer;
  const article = openStruct(writer, parent, 'Sect');
  keepSpace(writer, 130);
  doc.moveDown(0.8);
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .moveTo(writer.left, doc.y)
    .lineTo(writer.left + writer.width, doc.y)
    .lineWidth(0.5)
    .stroke('#767676');
  doc.endMarkedContent();
  doc.moveDown(0.5);
  writeParagraph(writer, article, motion.topic ?? '—', { label: LABELS.topic });
  writeParagraph(writer, article, LABELS.motion, { bold: true, gapAfter: 0 });
  const reference = formatMotionReference(motion);
  writeHeading(writer, article, level, reference, { destination: destination(n), gapBefore: 0 });
  const page = currentPage(writer);
  outline.addItem(reference.replace(/\u00a0/g, ' '));
  writeParagraph(writer, article, LABELS.callNote, { label: LABELS.call, gapAfter: 0.15 });
  writeBlocks(writer, article, splitTextBlocks(motion.call));
  writeParagraph(writer, article, LABELS.accountability, { bold: true, gapAfter: 0.15 });
  writeBlocks(writer, article, splitTextBlocks(motion.accountability));
  writeParagraph(writer, article, formatProposal(motion), { label: LABELS.proposal, bold: true });
  article.end();
  return page;
}

/**
 * The cover (page 1): the organisation's logo and name, the title with its agenda item number, the meeting,
 * the letter the report goes with, and the facts (meeting, agenda item, letter with Lbr. number and date,
 * date of the report).
 */
function writeCover(writer: PdfWriter, model: ReportModel, heading: string, meeting: string) {
  const { doc, root } = writer;
  const { cover } = model;
  doc.y = writer.doc.page.margins.top + 40;
  if (cover.logo) {
    const logo = Buffer.from(cover.logo.data);
    root.add(
      doc.struct('Figure', { alt: `Logo ${cover.organisation}` }, () => {
        if (!MEASURE_ONLY_PAGES.has(writer)) doc.image(logo, writer.left, doc.y, { fit: [180, 64] });
      }),
    );
    doc.y += 80;
  }
  writeHeading(writer, root, 1, heading, { gapBefore: 0 });
  writeParagraph(writer, root, meeting, { size: PDF_SIZES.h3, color: '#333333', gapAfter: 0.2 });
  writeParagraph(writer, root, formatAttachmentLine(model.letter, model.meeting), {
    color: '#333333',
    gapAfter: 2,
  });
  for (const [label, value] of formatCoverFacts(cover, model.meeting))
    writeParagraph(writer, root, value, { label: `${label}:`, gapAfter: 0.5 });
}

/**
 * One complete layout. The first pass (`pages` null) only measures, to find the page of every motion;
 * the second draws, with those pages (motion number → page) in the table of contents.
 */
async function layOutReport(
  model: ReportModel,
  pages: number[] | null,
): Promise<{ bytes: Uint8Array; pages: number[] }> {
  const heading = formatReportHeading(model.title, model.agendaItemNumber);
  const meeting = formatMeeting(model.meeting);
  const writer = createPdfWriter({
    title: `${heading} – ${meeting}`,
    subject: `Verantwoording over uitvoering moties, ${meeting}`,
    author: model.organisation,
    keywords: 'verantwoording, moties, aanhouden, afdoen',
    measureOnly: pages === null,
  });
  const { doc, root } = writer;
  if (pages === null) MEASURE_ONLY_PAGES.add(writer);
  const numbers = numberMotions(model);
  const found: number[] = [];
  writeCover(writer, model, heading, meeting);
  doc.addPage();
  writeHeading(writer, root, 2, 'Samenvatting', { gapBefore: 0 });
  writeBlocks(writer, root, splitTextBlocks(model.summary));
  writeParagraph(writer, root, formatCounts(model.counts), { bold: true });
  if (model.vote)
    writeParagraph(writer, root, `Besluit van de vergadering over de verantwoording: ${model.vote}.`);
  writeHeading(writer, root, 2, 'Voorstel aan de leden');
  writeBlocks(writer, root, splitTextBlocks(model.proposal));
  writeContents(writer, model, numbers, pages ?? []);
  doc.addPage();
  for (const section of listSections(model)) {
    const sect = openStruct(writer, root, 'Sect');
    writeHeading(writer, sect, 2, section.heading);
    const sectionOutline = doc.outline.addItem(section.heading);
    for (const group of section.groups) {
      const part = group.label === section.heading ? sect : openStruct(writer, sect, 'Sect');
      const groupOutline = part === sect ? sectionOutline : sectionOutline.addItem(group.label);
      if (part !== sect) writeHeading(writer, part, 3, group.label);
      for (const motion of group.motions) {
        const n = numbers.get(motion)!;
        found[n] = writeMotion(writer, part, groupOutline, motion, n, part === sect ? 3 : 4);
      }
      if (part !== sect) part.end();
    }
    sect.end();
  }
  writePageFurniture(writer, `${model.organisation} · Verantwoording uitvoering moties – ${meeting}`);
  return { bytes: await finishPdf(writer), pages: found };
}

/**
 * The report as a tagged PDF (A4, nl-NL, title in the metadata, headings H1–H4, lists, a linked
 * table of contents with page numbers, bookmarks, "Pagina x van y"). Laid out twice: the first pass
 * finds the page of every motion for the table of contents of the second.
 */
export async function renderReportPdf(model: ReportModel): Promise<Uint8Array> {
  const first = await layOutReport(model, null);
  return (await layOutReport(model, first.pages)).bytes;
}
