import { importErrors } from '../errors.js';
import type { ReadDocument } from '../types.js';
import { readDocx } from './docx.js';
import { looksLikeHtml, readHtml } from './html.js';
import { readPdf } from './pdf.js';
import { decodeText, textToLines } from './text.js';

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

type Sniffed = 'pdf' | 'zip' | 'legacy-word' | 'other';

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/** The format follows from the bytes, not from the file name. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacy-word';
  return 'other';
}

export type ReadOptions = { maxBytes?: number };

/** Read a document into lines, or throw an ImportError that says in Dutch what is wrong with it. */
export async function readDocument(
  file: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadDocument> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > limit) throw importErrors.tooLarge(file, bytes.length, limit);
  if (bytes.length === 0) throw importErrors.empty(file);
  const format = sniffFormat(bytes);
  if (format === 'pdf') return readPdf(bytes, file);
  if (format === 'zip') return readDocx(bytes, file);
  if (format === 'legacy-word') throw importErrors.legacyWord(file);
  const text = decodeText(bytes);
  if (text === null) throw importErrors.unsupported(file);
  if (text.trim() === '') throw importErrors.empty(file);
  if (looksLikeHtml(text)) return readHtml(text);
  return { format: 'text', ...textToLines(text) };
}
