import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  type QuestionSpec,
  type Respondent,
  responseRate,
  sizeClassOf,
  tallyPoll,
} from '../../../src/domain/poll-results.js';

const single: QuestionSpec = {
  id: 'q1',
  text: 'Sluitende begroting?',
  kind: 'single-choice',
  options: ['ja', 'nee'],
};
const multi: QuestionSpec = {
  id: 'q2',
  text: 'Maatregelen',
  kind: 'multiple-choice',
  options: ['a', 'b', 'c'],
};
const scale: QuestionSpec = { id: 'q3', text: 'Druk', kind: 'scale', options: ['1', '2', '3', '4', '5'] };
const open: QuestionSpec = { id: 'q4', text: 'Toelichting', kind: 'open', options: [] };

const people: Respondent[] = [
  { memberId: 'ams', name: 'Amsterdam', province: 'Noord-Holland', inhabitants: 918_000, weight: 12 },
  { memberId: 'gou', name: 'Gouda', province: 'Zuid-Holland', inhabitants: 75_000, weight: 5 },
  { memberId: 'vli', name: 'Vlieland', province: 'Friesland', inhabitants: 1_200, weight: 1 },
];
const answers = [
  { questionId: 'q1', memberId: 'ams', value: 'nee' },
  { questionId: 'q1', memberId: 'gou', value: 'ja' },
  { questionId: 'q1', memberId: 'vli', value: 'ja' },
  { questionId: 'q2', memberId: 'ams', value: ['a', 'b'] },
  { questionId: 'q2', memberId: 'gou', value: ['b'] },
  { questionId: 'q3', memberId: 'ams', value: '5' },
  { questionId: 'q3', memberId: 'gou', value: '2' },
  { questionId: 'q4', memberId: 'vli', value: 'Meer eigen belastinggebied' },
  { questionId: 'q4', memberId: 'gou', value: '  ' },
];

describe('poll results', () => {
  it('counts per option unweighted: one municipality, one voice', () => {
    const [all] = tallyPoll({
      questions: [single, multi, scale, open],
      answers,
      respondents: people,
      weighted: false,
      grouping: 'none',
    });
    expect(all.group).toBe('Alle gemeenten');
    const [q1, q2, q3, q4] = all.results;
    expect(q1.respondents).toBe(3);
    expect(q1.options.map((o) => [o.option, o.count, o.share])).toEqual([
      ['ja', 2, 66.7],
      ['nee', 1, 33.3],
    ]);
    // Multiple choice: shares of respondents, adding up to more than 100.
    expect(q2.options.map((o) => o.share)).toEqual([50, 100, 0]);
    expect(q3.mean).toBe(3.5);
    expect(q4.texts).toEqual([{ memberId: 'vli', name: 'Vlieland', text: 'Meer eigen belastinggebied' }]);
  });

  it('weighs by the members’ vote weights when asked', () => {
    const [all] = tallyPoll({
      questions: [single, scale],
      answers,
      respondents: people,
      weighted: true,
      grouping: 'none',
    });
    expect(all.results[0].weight).toBe(18);
    expect(all.results[0].options.map((o) => [o.option, o.weight, o.share])).toEqual([
      ['ja', 6, 33.3],
      ['nee', 12, 66.7],
    ]);
    expect(all.results[1].mean).toBe(round2((5 * 12 + 2 * 5) / 17));
  });

  it('groups per province (alphabetical) and per size class (small to large)', () => {
    const provinces = tallyPoll({
      questions: [single],
      answers,
      respondents: people,
      weighted: false,
      grouping: 'province',
    });
    expect(provinces.map((g) => [g.group, g.results[0].respondents])).toEqual([
      ['Friesland', 1],
      ['Noord-Holland', 1],
      ['Zuid-Holland', 1],
    ]);
    const sizes = tallyPoll({
      questions: [single],
      answers,
      respondents: people,
      weighted: false,
      grouping: 'size',
    });
    expect(sizes.map((g) => g.group)).toEqual([
      'tot 20.000 inwoners',
      '50.000 tot 100.000 inwoners',
      '250.000 inwoners of meer',
    ]);
    expect(sizeClassOf(20_000)).toBe('tot 20.000 inwoners');
    expect(sizeClassOf(20_001)).toBe('20.000 tot 50.000 inwoners');
  });

  it('states the response rate and checks answers against their question', () => {
    expect(responseRate(161, 342)).toEqual({ respondents: 161, audience: 342, percentage: 47.1 });
    expect(responseRate(0, 0).percentage).toBe(0);
    expect(checkAnswer(single, 'misschien')).toBe('Kies een antwoord uit de lijst.');
    expect(checkAnswer(single, ['ja', 'nee'])).toBe('Kies één antwoord.');
    expect(checkAnswer(multi, ['a', 'c'])).toBeNull();
    expect(checkAnswer(scale, '6')).toBe('Kies een antwoord uit de lijst.');
    expect(checkAnswer(open, 'x'.repeat(5001))).toContain('te lang');
  });
});

function round2(n: number) {
  return Math.round(n * 100) / 100;
}
