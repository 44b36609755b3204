import mammoth from 'mammoth';
import sanitizeHtml from 'sanitize-html';
import { importErrors } from '../errors.js';
import type { ReadDocument } from '../types.js';
import { htmlToLines } from './html-to-lines.js';

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

/** Text lines of a Word document. Mammoth's HTML is sanitised before anything reads it. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<ReadDocument> {
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
