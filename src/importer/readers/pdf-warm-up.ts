import { readPdf } from './pdf.js';

/** A one-page PDF with one line of text in a standard font, built here with its cross-reference table. */
export function tinyPdf(text = 'Motie over het opwarmen van de lezer'): Uint8Array {
  const content = `BT /F1 10 Tf 56 770 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/**
 * Reads a tiny PDF once, so that pdf.js is loaded and its text extraction compiled before the first real PDF
 * arrives: the analysis worker does this before it says it is ready (the first PDF of an import otherwise paid
 * ~100–200 ms of loading on top of its own reading). Never throws: a failure here only means no warm-up.
 */
export async function warmUpPdfReader(): Promise<boolean> {
  try {
    const read = await readPdf(tinyPdf(), 'opwarmen.pdf');
    return read.lines.length > 0;
  } catch {
    return false;
  }
}
