import type { DocumentScore, Evaluation } from './evaluate.js';

const percent = (share: number) => `${(share * 100).toFixed(1).replace('.', ',')}%`;

function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, index) => (index >= 2 ? cell.padStart(widths[index]) : cell.padEnd(widths[index])))
    .join('  ')
    .trimEnd();
}

/** The values a document missed, one line each: field, expected value and what was read. */
export function describeMisses(document: DocumentScore, limit = 40): string[] {
  const misses = document.checks.filter((check) => !check.ok);
  const show = (value: unknown) => {
    const text = value === undefined ? '—' : JSON.stringify(value);
    return text.length > 90 ? `${text.slice(0, 87)}...` : text;
  };
  const lines = misses
    .slice(0, limit)
    .map(
      (check) => `    ✗ ${check.field}: verwacht ${show(check.expected)}, gelezen ${show(check.produced)}`,
    );
  if (misses.length > limit) lines.push(`    … en nog ${misses.length - limit}`);
  return lines;
}

/** The summary line: documents, values read correctly and their share. */
export function summaryLine(evaluation: Evaluation, label = 'Totaal'): string {
  const perfect = evaluation.documents.filter((document) => document.passed === document.total).length;
  return `${label}: ${evaluation.passed} van ${evaluation.total} waarden goed (${percent(evaluation.share)}) in ${evaluation.documents.length} documenten, ${perfect} volledig goed`;
}

/** The fidelity table: one row per document (kind expected → read, values, share) and the summary line. */
export function formatEvaluation(
  evaluation: Evaluation,
  options: { details?: boolean; label?: string } = {},
): string[] {
  const header = ['document', 'soort (verwacht → gelezen)', 'waarden', 'aandeel'];
  const rows = evaluation.documents.map((document) => [
    document.document,
    `${document.expectedKind ?? '?'} → ${document.producedKind}`,
    `${document.passed}/${document.total}`,
    percent(document.total === 0 ? 1 : document.passed / document.total),
  ]);
  const widths = header.map((cell, index) =>
    Math.max(cell.length, ...rows.map((cells) => cells[index].length)),
  );
  const lines = [row(header, widths), widths.map((width) => '-'.repeat(width)).join('  ')];
  evaluation.documents.forEach((document, index) => {
    lines.push(row(rows[index], widths));
    if (document.error) lines.push(`    ! ${document.error.code}: ${document.error.message}`);
    if (options.details) lines.push(...describeMisses(document));
  });
  lines.push(summaryLine(evaluation, options.label));
  return lines;
}
