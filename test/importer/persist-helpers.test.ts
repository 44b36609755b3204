import { describe, expect, it } from 'vitest';
import { titleSimilarity } from '../../src/importer/persist/motion-match.js';
import { statusPath, targetStatus } from '../../src/importer/persist/status-path.js';

describe('matching motions across documents', () => {
  it('sees drifted titles as the same and different titles as different', () => {
    expect(titleSimilarity('Nieuwkomersonderwijs', 'Nieuwkomers-onderwijs')).toBe(1);
    expect(
      titleSimilarity(
        'Wendt het ravijn af: compensatie voor 2026 en 2027',
        'Wend het ravijn af, compensatie 2026 en 2027',
      ),
    ).toBeGreaterThan(0.85);
    expect(
      titleSimilarity(
        'Landelijke tarieven inkoop jeugdzorg',
        'Warmtetransitie: alleen als die betaalbaar is!',
      ),
    ).toBeLessThan(0.3);
    expect(titleSimilarity('Geen woorden maar daden', 'Geen woorden maar daden 2')).toBeGreaterThan(0.85);
  });
});

describe('the status a document states', () => {
  it('follows the lifecycle: draft → submitted → adopted → held', () => {
    expect(statusPath('draft', 'held')).toEqual(['submitted', 'adopted', 'held']);
    expect(statusPath('submitted', 'rejected')).toEqual(['rejected']);
    expect(statusPath('held', 'held')).toEqual([]);
    expect(statusPath('held', 'adopted')).toBeNull();
    expect(statusPath('rejected', 'adopted')).toBeNull();
  });

  it('derives the target from result, meeting and group', () => {
    expect(targetStatus({ result: null, adopted: true, held: true, submitted: true })).toBe('held');
    expect(targetStatus({ result: 'verworpen', adopted: false, held: false, submitted: true })).toBe(
      'rejected',
    );
    expect(targetStatus({ result: 'aangehouden', adopted: false, held: false, submitted: true })).toBe(
      'postponed',
    );
    expect(targetStatus({ result: null, adopted: false, held: false, submitted: false })).toBe('draft');
  });
});

describe('titles of one motion in several documents', () => {
  it('match when renumbered or slightly reworded, and only nearly when a title adds much', async () => {
    const { titleSimilarity: similarity } = await import('../../src/importer/persist/motion-match.js');
    const title = 'Landelijke tarieven inkoop jeugdzorg';
    expect(similarity(title, '3. Landelijke tarieven inkoop jeugdzorg')).toBeGreaterThanOrEqual(0.85);
    expect(
      similarity(title, 'Motie 7: Landelijke tarieven voor de inkoop van jeugdzorg'),
    ).toBeGreaterThanOrEqual(0.85);
    expect(
      similarity('Een adequate en reële financiering van jeugdhulp', 'Adequate financiering jeugdhulp'),
    ).toBeGreaterThanOrEqual(0.85);
    const longer = similarity(title, 'Landelijke tarieven jeugdzorg en de inkoop van jeugdhulp in de regio');
    expect(longer).toBeGreaterThanOrEqual(0.6);
    expect(longer).toBeLessThan(0.85);
  });
});
