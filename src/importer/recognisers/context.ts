import type { DateContext } from '../dutch-dates.js';
import type { MunicipalityIndex } from '../municipalities.js';
import type { Vocabulary } from '../normalise/dehyphenate.js';
import type { LogicalLine, Provenance } from '../types.js';

/** What every recogniser gets: the document's logical lines and the helpers to read them. */
export type RecogniserInput = {
  lines: LogicalLine[];
  vocabulary: Vocabulary;
  municipalities: MunicipalityIndex;
  dates: DateContext;
};

export function provenance(lines: LogicalLine[], from: number, to: number): Provenance {
  const first = lines[Math.max(0, from)];
  const last = lines[Math.min(lines.length - 1, Math.max(from, to))];
  return {
    lines: { from: first?.line ?? 0, to: last?.endLine ?? 0 },
    pages: { from: first?.page ?? 1, to: last?.endPage ?? 1 },
  };
}

/** Text of a range of logical lines as paragraphs (one per logical line). */
export function paragraphs(lines: LogicalLine[], from: number, to: number): string {
  return lines
    .slice(from, to)
    .map((line) => line.text)
    .join('\n')
    .trim();
}
