import { describe, expect, it } from 'vitest';
import { countOpenAnswers } from '../../../src/domain/open-answers.js';

describe('countOpenAnswers', () => {
  it('counts the same text together, whatever its spaces and capitals, most given first', () => {
    expect(
      countOpenAnswers([
        'Stabiel accres',
        'Compensatie jeugdzorg',
        ' stabiel  accres ',
        'Meer eigen belastinggebied',
        'Stabiel Accres',
        'compensatie jeugdzorg',
      ]),
    ).toEqual([
      { text: 'Stabiel accres', count: 3 },
      { text: 'Compensatie jeugdzorg', count: 2 },
      { text: 'Meer eigen belastinggebied', count: 1 },
    ]);
  });

  it('leaves out empty answers and orders equal counts alphabetically', () => {
    expect(countOpenAnswers(['', '   ', 'Zorg', 'Armoede'])).toEqual([
      { text: 'Armoede', count: 1 },
      { text: 'Zorg', count: 1 },
    ]);
    expect(countOpenAnswers([])).toEqual([]);
  });
});
