import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../src/importer/analyse-file.js';
import { findConsultations } from '../../src/importer/recognisers/consultations.js';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describe('the consultations found with the analysis (in the import worker, not while storing)', () => {
  const seeds = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort();

  it('are those the text reports for the kinds that report them, and none for the others', async () => {
    const found: string[] = [];
    for (const name of seeds) {
      const detailed = await analyseBytes(name, readFileSync(join(SEEDS, name)));
      const reports = ['member-letter', 'resolution', 'accountability-report'].includes(
        detailed.analysis.kind,
      );
      const expected = reports ? findConsultations(detailed.text, { reference: detailed.analysis.date }) : [];
      expect(detailed.consultations).toEqual(expected);
      for (const mention of detailed.consultations ?? []) found.push(`${mention.date} ${mention.title}`);
    }
    // The seeds report two consultations (a letter and a resolution name them).
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const line of found) expect(line).toMatch(/^\d{4}-\d{2}-\d{2} \S/);
  });
});
