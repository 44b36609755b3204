import { importErrors } from '../errors.js';
import { IMPORT_LIMITS } from '../limits.js';
import type { ReadDocument } from '../types.js';
import { htmlToLines } from './html-to-lines.js';
import { inflatedSize, zipEntries } from './zip-entries.js';

const ALLOWED_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'th',
  'br',
];

/** Only structure survives: no scripts, styles, links, images or attributes. */
export async function sanitiseDocxHtml(html: string): Promise<string> {
  // Loaded on first use (a Word upload), not when the server starts.
  const { default: sanitizeHtml } = await import('sanitize-html');
  return sanitizeHtml(html, { allowedTags: ALLOWED_TAGS, allowedAttributes: {} });
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/**
 * Checked before mammoth sees the file: a Word document has word/document.xml, and neither it nor the whole
 * archive unpacks to more than the limits. The directory's sizes are checked first; word/document.xml is
 * then really inflated up to its limit, since a crafted archive can state a small size and hold a bomb.
 */
function assertWordArchive(bytes: Uint8Array, file: string): void {
  const entries = zipEntries(bytes);
  if (!entries) throw importErrors.docxUnreadable(file, new Error('not a zip archive'));
  const documentXml = entries.find((entry) => entry.name === 'word/document.xml');
  if (!documentXml) throw importErrors.docxUnreadable(file, new Error('no word/document.xml'));
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const limits = IMPORT_LIMITS;
  if (documentXml.uncompressedSize > limits.docxDocumentXmlBytes)
    throw importErrors.tooComplex(
      file,
      `de tekst (word/document.xml) pakt uit tot ${mb(documentXml.uncompressedSize)}, meer dan ${mb(limits.docxDocumentXmlBytes)}`,
    );
  if (unpacked > limits.docxUnpackedBytes)
    throw importErrors.tooComplex(
      file,
      `het document pakt uit tot ${mb(unpacked)}, meer dan ${mb(limits.docxUnpackedBytes)}`,
    );
  const real = inflatedSize(bytes, documentXml, limits.docxDocumentXmlBytes);
  if (real === null)
    throw importErrors.tooComplex(
      file,
      `de tekst (word/document.xml) pakt uit tot meer dan ${mb(limits.docxDocumentXmlBytes)}`,
    );
  if (real === undefined) throw importErrors.docxUnreadable(file, new Error('word/document.xml unreadable'));
}

/** Text lines of a Word document. Mammoth's HTML is sanitised before anything reads it. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  assertWordArchive(bytes, file);
  let html: string;
  try {
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = result.value;
  } catch (error) {
    throw importErrors.docxUnreadable(file, error);
  }
  const lines = htmlToLines(await sanitiseDocxHtml(html)).map((text, index) => ({
    text,
    page: 1,
    line: index + 1,
  }));
  if (lines.length === 0) throw importErrors.empty(file);
  return { format: 'docx', pages: 1, lines };
}
