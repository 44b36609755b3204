import { FONT, PDF_SIZES, type PdfWriter } from './pdf-writer.js';

/** "Pagina 3 van 14" at the foot of every page, and a running header, marked as pagination artifacts. */
export function writePageFurniture(writer: PdfWriter, header: string): number {
  const { doc } = writer;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(FONT.regular).fontSize(PDF_SIZES.small).fillColor('#4a4a4a');
    doc.text(header, writer.left, 36, { width: writer.width, align: 'right', lineBreak: false });
    doc.text(`Pagina ${i + 1} van ${range.count}`, writer.left, doc.page.height - 44, {
      width: writer.width,
      align: 'center',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  return range.count;
}

/** Ends the structure and the document and collects its bytes. */
export async function finishPdf(writer: PdfWriter): Promise<Uint8Array> {
  const { doc } = writer;
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  writer.root.end();
  doc.end();
  return done;
}
