/** Reading order for one PDF page: rows from text items, and two-column pages read column by column. */

export type TextItem = { str: string; x: number; y: number; width: number; fontSize: number };

type Segment = { x0: number; x1: number; items: TextItem[] };
type Row = { y: number; segments: Segment[] };

function rowsOf(items: TextItem[]): Row[] {
  const sorted = items.filter((item) => item.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; items: TextItem[] }[] = [];
  for (const item of sorted) {
    const tolerance = Math.max(2, item.fontSize * 0.45);
    const row = rows.find((candidate) => Math.abs(candidate.y - item.y) <= tolerance);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  return rows
    .sort((a, b) => b.y - a.y)
    .map((row) => ({ y: row.y, segments: segmentsOf(row.items.sort((a, b) => a.x - b.x)) }));
}

/** Split a row where the horizontal gap is wider than a few characters (a gutter or table cell). */
function segmentsOf(items: TextItem[]): Segment[] {
  const segments: Segment[] = [];
  for (const item of items) {
    const last = segments[segments.length - 1];
    const gap = last ? item.x - last.x1 : Number.POSITIVE_INFINITY;
    if (last && gap < Math.max(item.fontSize, 4) * 1.5) {
      last.items.push(item);
      last.x1 = Math.max(last.x1, item.x + item.width);
    } else segments.push({ x0: item.x, x1: item.x + item.width, items: [item] });
  }
  return segments;
}

function segmentText(segment: Segment): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of segment.items) {
    const gap = item.x - end;
    const needsSpace =
      text !== '' && !/\s$/.test(text) && !/^\s/.test(item.str) && gap > item.fontSize * 0.15;
    text += (needsSpace ? ' ' : '') + item.str;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A gutter is an x position that most rows do not cross, with substantial text on both sides.
 * Narrow label columns (tables of "Onderwerp | …") are not columns: the gutter must lie in the
 * middle third of the text block.
 */
function findGutter(rows: Row[]): number | null {
  if (rows.length < 6) return null;
  const left = Math.min(...rows.map((row) => row.segments[0].x0));
  const right = Math.max(...rows.map((row) => row.segments[row.segments.length - 1].x1));
  const width = right - left;
  let best: { x: number; split: number } | null = null;
  for (let x = left + width * 0.33; x <= left + width * 0.67; x += 2) {
    let crossing = 0;
    let split = 0;
    for (const row of rows) {
      if (row.segments.some((s) => s.x0 < x && s.x1 > x)) crossing++;
      else if (row.segments.some((s) => s.x1 <= x) && row.segments.some((s) => s.x0 >= x)) split++;
    }
    if (
      crossing <= rows.length * 0.15 &&
      split >= Math.max(3, rows.length * 0.3) &&
      split > (best?.split ?? 0)
    ) {
      best = { x, split };
    }
  }
  return best?.x ?? null;
}

/** The lines of one page in reading order. */
export function layoutPage(items: TextItem[]): string[] {
  const rows = rowsOf(items);
  const gutter = findGutter(rows);
  if (gutter === null) return rows.map((row) => row.segments.map(segmentText).join(' '));
  const lines: string[] = [];
  let leftColumn: string[] = [];
  let rightColumn: string[] = [];
  const flush = () => {
    lines.push(...leftColumn, ...rightColumn);
    leftColumn = [];
    rightColumn = [];
  };
  for (const row of rows) {
    if (row.segments.some((s) => s.x0 < gutter && s.x1 > gutter)) {
      flush();
      lines.push(row.segments.map(segmentText).join(' '));
      continue;
    }
    const leftText = row.segments
      .filter((s) => s.x1 <= gutter)
      .map(segmentText)
      .join(' ');
    const rightText = row.segments
      .filter((s) => s.x0 >= gutter)
      .map(segmentText)
      .join(' ');
    if (leftText) leftColumn.push(leftText);
    if (rightText) rightColumn.push(rightText);
  }
  flush();
  return lines;
}
