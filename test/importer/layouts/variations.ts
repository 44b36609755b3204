/**
 * Generators of layout variations for the recogniser tests: the same content written with other
 * numbering, bullets, spacing, block order, line breaks inside titles and PDF noise. Deterministic:
 * every combination is listed, nothing is random.
 */

export type Variation = { name: string; render: (blocks: string[][]) => string };

const MARKERS = ['• ', '- ', '* ', '', 'n. ', 'n) '];

/** A list item with the given marker style ("n. " numbers the item). */
export function marked(marker: string, index: number, text: string): string {
  return marker.replace('n', String(index + 1)) + text;
}

/** Every bullet and numbering style of the lists the recognisers read. */
export function markerStyles(): string[] {
  return MARKERS;
}

/** Break a long line in the middle of its text (a PDF or a narrow column), after the `at`-th space. */
export function breakInside(text: string, at = 3): string {
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index ?? 0);
  const index = spaces[Math.min(at, spaces.length - 1)];
  return index === undefined ? text : `${text.slice(0, index)}\n${text.slice(index + 1)}`;
}

/** Page furniture of an extracted PDF between the blocks: page numbers and a running header. */
export function withPdfNoise(blocks: string[][]): string[][] {
  return blocks.flatMap((block, index) => [
    block,
    ['', `- ${index + 1} -`, 'Vereniging van Nederlandse Gemeenten', ''],
  ]);
}

export const VARIATIONS: Variation[] = [
  { name: 'as written', render: (blocks) => blocks.map((block) => block.join('\n')).join('\n\n') },
  {
    name: 'blocks reordered',
    render: (blocks) =>
      [...blocks]
        .reverse()
        .map((block) => block.join('\n'))
        .join('\n\n'),
  },
  {
    name: 'extra whitespace',
    render: (blocks) =>
      blocks
        .map((block) => block.map((line) => `  ${line.replace(/ /g, '  ')}   `).join('\n\n'))
        .join('\n\n\n\n'),
  },
  {
    name: 'PDF noise',
    render: (blocks) =>
      withPdfNoise(blocks)
        .map((block) => block.join('\n'))
        .join('\n'),
  },
  {
    name: 'Windows line endings',
    render: (blocks) => blocks.map((block) => block.join('\r\n')).join('\r\n\r\n'),
  },
];
