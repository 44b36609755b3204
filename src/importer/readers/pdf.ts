import { extractTextItems, getDocumentProxy } from 'unpdf';
import { importErrors, isImportError } from '../errors.js';
import { IMPORT_LIMITS } from '../limits.js';
import type { ReadDocument, SourceLine } from '../types.js';
import { layoutPage } from './pdf-layout.js';

/** Text lines of a PDF with their page numbers, in reading order (two-column pages column by column). */
export async function readPdf(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  let pagesItems: Awaited<ReturnType<typeof extractTextItems>>;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      if (pdf.numPages > IMPORT_LIMITS.pdfPages)
        throw importErrors.tooComplex(file, `${pdf.numPages} pagina's, meer dan ${IMPORT_LIMITS.pdfPages}`);
      pagesItems = await extractTextItems(pdf);
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    if (isImportError(error)) throw error;
    throw importErrors.pdfUnreadable(file, error);
  }
  const lines: SourceLine[] = [];
  pagesItems.items.forEach((items, index) => {
    for (const text of layoutPage(items)) lines.push({ text, page: index + 1, line: lines.length + 1 });
  });
  if (!lines.some((line) => /\p{L}{2}/u.test(line.text))) throw importErrors.pdfWithoutText(file);
  return { format: 'pdf', pages: pagesItems.totalPages, lines };
}
