import { extractTextItems, getResolvedPDFJS } from 'unpdf';
import { importErrors, isImportError } from '../errors.js';
import { IMPORT_LIMITS } from '../limits.js';
import type { ReadDocument, SourceLine } from '../types.js';
import { layoutPage } from './pdf-layout.js';

/** Where pdf.js finds its standard fonts and character maps, when the full pdfjs-dist package is installed. */
type NodeDefaults = {
  disableFontFace?: boolean;
  standardFontDataUrl?: string;
  cMapUrl?: string;
  cMapPacked?: boolean;
};
let nodeDefaults: NodeDefaults | undefined;

/**
 * The options unpdf's `getDocumentProxy` gives pdf.js in Node, looked up once: `getDocumentProxy` resolves
 * `pdfjs-dist/package.json` for every document, and under the TypeScript loader (tsx) each such resolution is a
 * synchronous round trip to the loader thread (1–2 ms a PDF in the analysis worker, more on a busy machine).
 */
function pdfjsNodeDefaults(): NodeDefaults {
  if (nodeDefaults) return nodeDefaults;
  try {
    const base = import.meta.resolve('pdfjs-dist/package.json');
    nodeDefaults = {
      disableFontFace: true,
      standardFontDataUrl: new URL('./standard_fonts/', base).href,
      cMapUrl: new URL('./cmaps/', base).href,
      cMapPacked: true,
    };
  } catch {
    nodeDefaults = {};
  }
  return nodeDefaults;
}

/** The document as pdf.js opens it (the same options as unpdf's `getDocumentProxy`). */
async function openPdf(bytes: Uint8Array) {
  const { getDocument } = await getResolvedPDFJS();
  return getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: true,
    ...pdfjsNodeDefaults(),
    verbosity: 0,
  }).promise;
}

/** Text lines of a PDF with their page numbers, in reading order (two-column pages column by column). */
export async function readPdf(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  let pagesItems: Awaited<ReturnType<typeof extractTextItems>>;
  try {
    const pdf = await openPdf(bytes);
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
