import type { SourceLine } from '../types.js';
import { isLabel } from './line-shapes.js';

const PAGE_NUMBER = /^(?:(?:pagina|blz\.?|page)\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:\/|van|of)\s*\d{1,3})?$/i;

function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text === '';
}

/** A key under which running headers and footers repeat: page numbers and dates vary per page. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function pageEdges(lines: SourceLine[], depth: number): Map<number, number[]> {
  const byPage = new Map<number, number[]>();
  lines.forEach((line, index) => {
    if (line.text === '') return;
    const list = byPage.get(line.page) ?? [];
    list.push(index);
    byPage.set(line.page, list);
  });
  const edges = new Map<number, number[]>();
  for (const [page, indexes] of byPage) {
    const head = indexes.slice(0, depth);
    const tail = indexes.slice(-depth);
    edges.set(page, [...new Set([...head, ...tail])]);
  }
  return edges;
}

/**
 * Lines that repeat at the top or bottom of most pages (running headers, footers, "Pagina 3 van 12").
 * Only meaningful when the document has pages.
 */
function runningFurniture(lines: SourceLine[], pages: number): Set<number> {
  const drop = new Set<number>();
  if (pages < 2) return drop;
  const edges = pageEdges(lines, 2);
  const pagesPerKey = new Map<string, Set<number>>();
  for (const [page, indexes] of edges) {
    for (const index of indexes) {
      const key = furnitureKey(lines[index].text);
      const set = pagesPerKey.get(key) ?? new Set<number>();
      set.add(page);
      pagesPerKey.set(key, set);
    }
  }
  const threshold = Math.max(2, Math.ceil(edges.size * 0.6));
  for (const indexes of edges.values()) {
    for (const index of indexes) {
      const text = lines[index].text;
      const key = furnitureKey(text);
      // "Voorstel: Aanhouden" may end many pages of a report; a label is content, not furniture.
      if ((pagesPerKey.get(key)?.size ?? 0) >= threshold && key.length <= 120 && !isLabel(text))
        drop.add(index);
    }
  }
  return drop;
}

/**
 * Remove page numbers and running headers/footers. A bare number counts as a page number when it
 * stands alone (blank lines or a page edge on both sides), so "26 maart" split over lines survives.
 */
export function removePageFurniture(lines: SourceLine[], pages: number): SourceLine[] {
  const drop = runningFurniture(lines, pages);
  const edges = pages >= 2 ? pageEdges(lines, 1) : new Map<number, number[]>();
  const edgeIndexes = new Set([...edges.values()].flat());
  lines.forEach((line, index) => {
    if (!PAGE_NUMBER.test(line.text)) return;
    const alone = isBlank(lines[index - 1]) && isBlank(lines[index + 1]);
    const pageBoundary =
      lines[index - 1]?.page !== line.page || lines[index + 1]?.page !== line.page || edgeIndexes.has(index);
    if (alone || (pageBoundary && edgeIndexes.has(index))) drop.add(index);
  });
  return lines.map((line, index) => (drop.has(index) ? { ...line, text: '' } : line));
}
