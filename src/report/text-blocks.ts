/** Paragraphs and lists of a multi-line text (call, accountability, summary) for the renderers. */

export type ListItem = { text: string; level: 1 | 2 };
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: ListItem[] };

const BULLET = /^[-–•·▪*]\s+/u;
const SUB_BULLET = /^(?:o|◦)\s+/u;

/**
 * One paragraph per line; lines starting with "- " or "• " are list items, "o " items one level
 * deeper. Blank lines separate paragraphs but do not end a list.
 */
export function splitTextBlocks(text: string | null | undefined): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of (text ?? '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const level = BULLET.test(line) ? 1 : SUB_BULLET.test(line) ? 2 : 0;
    if (level === 0) {
      blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    const item: ListItem = { text: line.replace(level === 1 ? BULLET : SUB_BULLET, ''), level };
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'list') last.items.push(item);
    else blocks.push({ kind: 'list', items: [item] });
  }
  return blocks;
}

/** The text as plain lines, list items marked as the bureau writes them ("- ", "o "). */
export function formatPlainLines(blocks: TextBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [block.text]
      : block.items.map((item) => `${item.level === 1 ? '-' : 'o'} ${item.text}`),
  );
}
