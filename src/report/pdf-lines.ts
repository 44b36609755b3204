/**
 * Line breaking for the PDF: only at spaces, never after a hyphen or slash as pdfkit would, so no
 * line ends in a hyphen that a reader (or the importer) could take for a broken word. A no-break
 * space keeps words together.
 */

type Doc = PDFKit.PDFDocument;

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

/** The lines of `text` in the current font: the first line `firstWidth` wide, the others `width`. */
export function wrapLines(doc: Doc, text: string, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  let current = '';
  const available = () => (lines.length === 0 ? firstWidth : width);
  // A spaced dash never starts a line: it would read as a list item.
  const glued = text.replace(/ ([–—])(?= )/g, '\u00a0$1');
  for (const word of glued.split(/ +/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (doc.widthOfString(candidate) <= available()) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
    }
    if (doc.widthOfString(word) <= available()) current = word;
    else {
      const pieces = splitLongWord(doc, word, width);
      lines.push(...pieces.slice(0, -1));
      current = pieces[pieces.length - 1] ?? '';
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
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
    doc.text(line, left, top, { lineBreak: false, goTo: options.goTo });
    doc.x = x;
    doc.y = top + step;
  });
}
