import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';
import { fileAnalysisSchema } from '../../src/importer/analysis-schema.js';
import { analyseSeed, seedPath } from './support.js';

const SEEDS = ['000', '001', '002', '003', '004'];

describe('the per-file JSON contract of issue 4', () => {
  it.each(SEEDS)('seed %s has exactly the agreed fields and types', async (seed) => {
    const analysis = await analyseSeed(seed);
    const parsed = fileAnalysisSchema.safeParse(JSON.parse(JSON.stringify(analysis)));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(analysis.file).toBe(seedPath(seed));
    expect(analysis.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is a pure function of the bytes: the same bytes give the same result under any name', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(seedPath('003'));
    const fromPath = await analyseSeed('003');
    const fromBytes = await analyseFile({ name: 'upload.txt', bytes });
    expect({ ...fromBytes, file: fromPath.file }).toEqual(fromPath);
  });

  it('recognises the five seeds as their kinds', async () => {
    const kinds = await Promise.all(SEEDS.map(async (seed) => (await analyseSeed(seed)).kind));
    expect(kinds).toEqual([
      'resolution',
      'member-letter',
      'resolution',
      'accountability-report',
      'resolution',
    ]);
  });
});
