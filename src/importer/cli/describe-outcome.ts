import { proposal } from '../../domain/vocabulary/index.js';
import { IMPORT_COUNT_WORDS } from '../count-words.js';
import type { ImportOutcome } from '../persist/import-file.js';
import type { ImportPreview } from '../persist/preview-import.js';
import type { FileAnalysis } from '../types.js';

const KIND_LABELS: Record<string, string> = {
  'accountability-report': 'verantwoording',
  resolution: 'resolutie',
  'member-letter': 'ledenbrief',
  motion: 'motie',
  'motion-list': 'lijst van moties',
  amendment: 'amendement',
  unknown: 'niet herkend',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line (plus warnings) per analysed file, in Dutch, for `import --dry-run` without --json. */
export function describeAnalysis(analysis: FileAnalysis): string[] {
  const parts = [KIND_LABELS[analysis.kind] ?? analysis.kind];
  if (analysis.title) parts.push(`"${analysis.title}"`);
  if (analysis.motions.length > 0) {
    const counts = proposal.codes.map((p) => ({
      word: proposal.toApi(p),
      n: analysis.motions.filter((m) => m.proposal === p).length,
    }));
    const detail = counts.some(({ n }) => n > 0)
      ? ` (${counts.map(({ word, n }) => `${n} ${word}`).join(', ')})`
      : '';
    parts.push(`${plural(analysis.motions.length, 'motie', 'moties')}${detail}`);
  }
  if (analysis.resolutions.length > 0)
    parts.push(plural(analysis.resolutions.length, 'resolutie', 'resoluties'));
  if (analysis.agreements.length > 0) parts.push(plural(analysis.agreements.length, 'afspraak', 'afspraken'));
  if (analysis.events.length > 0) parts.push(plural(analysis.events.length, 'bijeenkomst', 'bijeenkomsten'));
  return [
    `${analysis.file}: ${parts.join(', ')}`,
    ...analysis.warnings.map((warning) => `  let op: ${warning}`),
  ];
}

const countsText = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([key, n]) => `${n} ${IMPORT_COUNT_WORDS[key]?.[n === 1 ? 0 : 1] ?? key}`)
    .join(', ');

/** What a dry run would do to the register: the counts, and the matches staff must check. */
export function describePreview(preview: ImportPreview): string[] {
  if (preview.status === 'unchanged') return [`  register: ${preview.message}`];
  if (preview.status !== 'preview') return [];
  const counts = countsText(preview.counts);
  return [
    `  register: zou opnemen${counts ? ` ${counts}` : ' niets'}`,
    ...preview.registerWarnings.map((warning) => `  let op (register): ${warning}`),
  ];
}

/** The JSON of a dry run's comparison with the register. */
export function presentPreview(preview: ImportPreview) {
  if (preview.status === 'preview')
    return { status: 'voorbeeld', counts: preview.counts, warnings: preview.registerWarnings };
  if (preview.status === 'unchanged') return { status: 'ongewijzigd', message: preview.message };
  return { status: 'mislukt', error: preview.error };
}

export function describeOutcome(outcome: ImportOutcome): string[] {
  if (outcome.status === 'failed')
    return [`${outcome.file}: mislukt (${outcome.error.code}): ${outcome.error.message}`];
  if (outcome.status === 'unchanged') return [`${outcome.file}: ongewijzigd: ${outcome.message}`];
  const counts = countsText(outcome.counts);
  const head = `${outcome.file}: geïmporteerd als ${KIND_LABELS[outcome.kind] ?? outcome.kind}${counts ? ` (${counts})` : ''}`;
  return [head, ...outcome.warnings.map((warning) => `  let op: ${warning}`)];
}

/** "5 bestanden: 3 geïmporteerd, 1 ongewijzigd, 1 mislukt". */
export function summarise(outcomes: ImportOutcome[]): string {
  const count = (status: ImportOutcome['status']) =>
    outcomes.filter((outcome) => outcome.status === status).length;
  return `${plural(outcomes.length, 'bestand', 'bestanden')}: ${count('imported')} geïmporteerd, ${count('unchanged')} ongewijzigd, ${count('failed')} mislukt.`;
}
