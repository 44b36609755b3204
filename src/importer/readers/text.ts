import type { SourceLine } from '../types.js';

/** Share of control characters above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.01;

// biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g;

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.slice(0, 65_536);
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls / sample.length;
}

/** Decode text bytes (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252); null when binary. */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      if (bytes.subarray(0, 65_536).includes(0)) return null;
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return controlShare(text) > MAX_CONTROL_SHARE ? null : text;
}

/** Lines of plain text; a form feed starts a new page (both halves of a line keep its line number). */
export function textToLines(text: string): { pages: number; lines: SourceLine[] } {
  let page = 1;
  const lines: SourceLine[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    raw.split('\f').forEach((segment, part) => {
      if (part > 0) page++;
      if (part === 0 || segment !== '') lines.push({ text: segment, page, line: index + 1 });
    });
  });
  return { pages: page, lines };
}
