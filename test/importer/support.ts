import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseFile } from '../../src/importer/analyse-file.js';
import type { FileAnalysis } from '../../src/importer/types.js';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

/** The path of a seed document by its number ("003"). Tests may read ../shared; the product never does. */
export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return join(SEEDS, name);
}

const cache = new Map<string, Promise<FileAnalysis>>();

export function analyseSeed(prefix: string): Promise<FileAnalysis> {
  let analysis = cache.get(prefix);
  if (!analysis) {
    analysis = analyseFile(seedPath(prefix));
    cache.set(prefix, analysis);
  }
  return analysis;
}

export function texts(clauses: { text: string }[]): string[] {
  return clauses.map((clause) => clause.text);
}
