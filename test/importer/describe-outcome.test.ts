import { describe, expect, it } from 'vitest';
import { describeOutcome } from '../../src/importer/cli/describe-outcome.js';

describe('the import command describes an outcome in Dutch', () => {
  it('names an amendment and the agenda items, amendments and commitments it stored, one in the singular', () => {
    const lines = describeOutcome({
      file: 'amendement.txt',
      status: 'imported',
      documentId: '01a23187-0000-7000-8000-000000000000',
      kind: 'amendment',
      counts: { amendments: 1, agendaItems: 2, commitmentsCreated: 3, commitmentsUpdated: 1 },
      warnings: [],
    });
    expect(lines).toEqual([
      'amendement.txt: geïmporteerd als amendement (1 nieuw amendement, 2 nieuwe agendapunten, 3 nieuwe toezeggingen, 1 bestaande toezegging bijgewerkt)',
    ]);
  });
});
