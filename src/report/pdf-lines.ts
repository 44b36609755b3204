/**
 * Line breaking for the PDF: only at spaces, never after a hyphen or slash as pdfkit would, so no
 * line ends in a hyphen that a reader (or the importer) could take for a broken word. A no-break
 * space keeps words together.
 */

type Doc = PDFKit.PDFDocument;

/** pdfkit does not expose the current font; its name keys the width cache. */
type WithFont = { _font?: { name?: string }; _fontSize: number };
const widthCache = new WeakMap<Doc, Map<string, number>>();

/** Documents laid out only to find out where things land (the first pass): lines are placed, not drawn. */
export const MEASURE_ONLY = new WeakSet<Doc>();

/** Width of a word in the current font and size, cached per document (words repeat a lot). */
function measureWord(doc: Doc, word: string): number {
  const state = doc as unknown as WithFont;
  let cache = widthCache.get(doc);
  if (!cache) {
    cache = new Map();
    widthCache.set(doc, cache);
  }
  const key = `${state._font?.name ?? ''}\u0000${word}`;
  let unit = cache.get(key);
  if (unit === undefined) {
    unit = doc.widthOfString(word) / state._fontSize;
    cache.set(key, unit);
  }
  return unit * state._fontSize;
}

/** Splits a word wider than the line into pieces that fit (long URLs). */
function splitLongWord(doc: Doc, word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && doc.widthOfString(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * The lines of `text` in the current font: the first line `firstWidth` wide, the others `width`.
 * Words are measured once and summed with the space between them (measuring every candidate line
 * again is quadratic and was most of the PDF's time).
 */
export function wrapLines(doc: Doc, text: string, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  const space = measureWord(doc, ' ');
  let current: string[] = [];
  let used = 0;
  const available = () => (lines.length === 0 ? firstWidth : width);
  const flush = () => {
    if (current.length > 0) lines.push(current.join(' '));
    current = [];
    used = 0;
  };
  // A spaced dash never starts a line: it would read as a list item.
  const glued = text.replace(/ ([–—])(?= )/g, '\u00a0$1');
  for (const word of glued.split(/ +/).filter(Boolean)) {
    const size = measureWord(doc, word);
    const needed = current.length === 0 ? size : used + space + size;
    if (needed <= available()) {
      current.push(word);
      used = needed;
      continue;
    }
    flush();
    if (size <= available()) {
      current.push(word);
      used = size;
      continue;
    }
    const pieces = splitLongWord(doc, word, width);
    lines.push(...pieces.slice(0, -1));
    const last = pieces[pieces.length - 1] ?? '';
    current = last ? [last] : [];
    used = last ? doc.widthOfString(last) : 0;
  }
  flush();
  return lines.length > 0 ? lines : [''];
}

export const LINE_GAP = 2;

/** Height of one line in the current font and size, gap included. */
export const lineStep = (doc: Doc) => doc.currentLineHeight(true) + LINE_GAP;

/**
 * Draws lines from (x, doc.y), continuing on a new page (marked content carried over) when the
 * next line does not fit. `indentFirst` shifts the first line (after a label drawn before it).
 */
export function drawLines(
  doc: Doc,
  lines: string[],
  x: number,
  options: { indentFirst?: number; goTo?: string } = {},
): void {
  lines.forEach((line, index) => {
    const step = lineStep(doc);
    if (doc.y + step > doc.page.height - doc.page.margins.bottom) doc.continueOnNewPage();
    const left = index === 0 ? x + (options.indentFirst ?? 0) : x;
    const top = doc.y;
    if (!MEASURE_ONLY.has(doc)) doc.text(line, left, top, { lineBreak: false, goTo: options.goTo });
    doc.x = x;
    doc.y = top + step;
  });
}
