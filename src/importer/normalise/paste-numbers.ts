import type { SourceLine } from '../types.js';

const NUMBERED = /^\s*(\d{1,5})\.(?:\s(.*))?$/;
const MIN_RUN = 8;

/**
 * Paste sites and code viewers print a line number before every line ("  16. De naam …", "  20. " for a
 * blank line). A run of at least eight lines numbered one after the other, with no line between them and
 * at least one number standing alone, is such a paste: the numbers go, the text stays. A real numbered
 * list has no empty items, so it keeps its numbers.
 */
export function removePasteNumbers(lines: SourceLine[]): SourceLine[] {
  const out = lines.slice();
  let i = 0;
  while (i < lines.length) {
    const first = NUMBERED.exec(lines[i].text);
    if (!first) {
      i++;
      continue;
    }
    let j = i + 1;
    let expected = Number(first[1]) + 1;
    let empty = (first[2] ?? '').trim() === '' ? 1 : 0;
    while (j < lines.length) {
      const next = NUMBERED.exec(lines[j].text);
      if (!next || Number(next[1]) !== expected) break;
      if ((next[2] ?? '').trim() === '') empty++;
      expected++;
      j++;
    }
    if (j - i >= MIN_RUN && empty > 0)
      for (let k = i; k < j; k++) out[k] = { ...lines[k], text: NUMBERED.exec(lines[k].text)?.[2] ?? '' };
    i = j;
  }
  return out;
}
