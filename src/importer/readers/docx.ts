import mammoth from 'mammoth';
import sanitizeHtml from 'sanitize-html';
import { importErrors } from '../errors.js';
import type { ReadDocument } from '../types.js';
import { htmlToLines } from './html-to-lines.js';
import { zipEntries } from './zip-entries.js';

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
export function sanitiseDocxHtml(html: string): string {
  return sanitizeHtml(html, { allowedTags: ALLOWED_TAGS, allowedAttributes: {} });
}

/** More than this unpacked is a zip bomb, not a document (the largest real reports are a few MB). */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** Checked before anything is inflated: a Word document has word/document.xml and a sane unpacked size. */
function assertWordArchive(bytes: Uint8Array, file: string): void {
  const entries = zipEntries(bytes);
  const unpacked = entries?.reduce((sum, entry) => sum + entry.uncompressedSize, 0) ?? 0;
  const problem = !entries
    ? 'not a zip archive'
    : !entries.some((entry) => entry.name === 'word/document.xml')
      ? 'no word/document.xml'
      : unpacked > MAX_UNPACKED_BYTES
        ? `unpacks to ${unpacked} bytes`
        : null;
  if (problem) throw importErrors.docxUnreadable(file, new Error(problem));
}

/** Text lines of a Word document. Mammoth's HTML is sanitised before anything reads it. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  assertWordArchive(bytes, file);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = result.value;
  } catch (error) {
    throw importErrors.docxUnreadable(file, error);
  }
  const lines = htmlToLines(sanitiseDocxHtml(html)).map((text, index) => ({
    text,
    page: 1,
    line: index + 1,
  }));
  if (lines.length === 0) throw importErrors.empty(file);
  return { format: 'docx', pages: 1, lines };
}
