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

/**
 * Windows-1252 at 0x80–0x9f: curly quotes, dashes, the euro sign (Word's "save as text" on Windows).
 * Node's TextDecoder('windows-1252') reads these bytes as Latin-1 control characters, so they are
 * mapped here; the five bytes the code page leaves undefined stay as they are (as WHATWG decodes them).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0));
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
      text = decodeWindows1252(bytes);
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
