import { describe, expect, it } from 'vitest';
import { findDeadline, findDutchDates, parseDutchDate, parseTime } from '../../src/importer/dutch-dates.js';
import { parseMeetingRef } from '../../src/importer/meetings.js';
import { parseVoteOutcome } from '../../src/importer/vote-results.js';

describe('Dutch dates', () => {
  it.each([
    ['29 november 2024', '2024-11-29'],
    ['op 1e december 2023', '2023-12-01'],
    ['Vrijdag 21 maart 2025', '2025-03-21'],
    ['19-03-2025', '2025-03-19'],
    ['2025-03-19', '2025-03-19'],
    ['3 sept. 2024', '2024-09-03'],
  ])('%s → %s', (text, expected) => {
    expect(parseDutchDate(text)).toBe(expected);
  });

  it('takes the year of the document for dates without one, and never guesses without a reference', () => {
    expect(parseDutchDate('uiterlijk 14 april', { reference: '2025-03-19' })).toBe('2025-04-14');
    expect(parseDutchDate('uiterlijk 14 april')).toBeNull();
    expect(parseDutchDate('de Extra ALV van 24 mei jl.', { reference: '2024-11-29' })).toBe('2024-05-24');
    expect(parseDutchDate('op 20 december jl.', { reference: '2025-01-15' })).toBe('2024-12-20');
    expect(parseDutchDate('op 10 januari a.s.', { reference: '2024-12-20' })).toBe('2025-01-10');
  });

  it('rejects dates that do not exist', () => {
    expect(parseDutchDate('31 februari 2025')).toBeNull();
    expect(findDutchDates('op 30 april 2025 en 1 mei 2025').map((found) => found.date)).toEqual([
      '2025-04-30',
      '2025-05-01',
    ]);
  });

  it('finds deadlines and times', () => {
    expect(findDeadline('overleg om uiterlijk 14 april a.s. te spreken', { reference: '2025-03-19' })).toBe(
      '2025-04-14',
    );
    expect(findDeadline('vóór 1 juni 2025 een voorstel')).toBe('2025-06-01');
    expect(findDeadline('op 1 juni 2025 een voorstel')).toBeNull();
    expect(['10.00 uur', '10:30', '9. 15', '14 uur'].map(parseTime)).toEqual([
      '10:00',
      '10:30',
      '09:15',
      '14:00',
    ]);
  });
});

describe('meetings', () => {
  it.each([
    ['(ALV 29 juni 2022)', 'alv', '2022-06-29'],
    ['Najaars ALV 1 december 2023', 'najaars-alv', '2023-12-01'],
    ['de Najaars-ALV van 29 november 2024', 'najaars-alv', '2024-11-29'],
    ['Extra ALV 24 mei 2024', 'extra-alv', '2024-05-24'],
    [
      'bijeen te Utrecht op 24 mei 2024, tijdens een extra ingelaste Algemene Ledenvergadering',
      'extra-alv',
      '2024-05-24',
    ],
    ['Uitnodiging BALV 12 februari 2021', 'balv', '2021-02-12'],
    ['de Buitengewone ALV van 30 november 2020', 'balv', '2020-11-30'],
    ['Bijlage bij ledenbrief “Uitnodiging ALV 18 juni 2025” van 21 mei 2025', 'alv', '2025-06-18'],
  ])('%s', (text, kind, date) => {
    expect(parseMeetingRef(text)).toMatchObject({ kind, date });
  });

  it.each([
    ['bijeen te Utrecht op 24 mei 2024, tijdens een extra ingelaste Algemene Ledenvergadering', 'Utrecht'],
    ['De algemene ledenvergadering, in vergadering bijeen op 15 april 2023 te Gouda', 'Gouda'],
    ['ALV op 14 juni 2023 te Alphen aan den Rijn', 'Alphen aan den Rijn'],
    ['Najaars ALV 1 december 2023', undefined],
    ['ALV van 26 juni 2024 in Den Haag: te laat ingediende moties', undefined],
  ])('keeps the place of %s', (text, place) => {
    expect(parseMeetingRef(text)?.place).toBe(place);
  });

  it('does not read "ALV-en" or "ALV-stukken" as a meeting', () => {
    expect(parseMeetingRef('Verantwoording over uitvoering moties ALV-en')).toBeNull();
    expect(parseMeetingRef('gelijktijdig met de ALV-stukken')).toBeNull();
  });
});

describe('vote results and pre-advice', () => {
  it.each([
    ['aangenomen met 98,29%', 'aangenomen', 98.29],
    ['Akkoord bij acclamatie', 'aangenomen', null],
    ['unaniem aangenomen', 'aangenomen', null],
    ['verworpen (41,7% voor)', 'verworpen', 41.7],
    ['ingetrokken door de indiener', 'ingetrokken', null],
    ['aangehouden', 'aangehouden', null],
    ['geen uitslag', null, null],
  ])('%s', (text, result, percentage) => {
    const outcome = parseVoteOutcome(text);
    expect([outcome.result, outcome.percentage, outcome.parts]).toEqual([result, percentage, []]);
  });

  it('reads votes in parts; a motion adopted in part is adopted', () => {
    const outcome = parseVoteOutcome(
      '1e deel aangenomen met 80,5%; 2e deel aangehouden conform advies bestuur',
    );
    expect(outcome).toEqual({
      result: 'aangenomen',
      percentage: null,
      parts: [
        { result: 'aangenomen', percentage: 80.5 },
        { result: 'aangehouden', percentage: null },
      ],
      preAdvice: null,
    });
  });

  it('reads the pre-advice as written, in lower case', () => {
    expect(parseVoteOutcome('Preadvies: Overnemen').preAdvice).toBe('overnemen');
    expect(parseVoteOutcome('preadvies bestuur: oordeel aan de vergadering; aangenomen').preAdvice).toBe(
      'oordeel vergadering',
    );
    expect(parseVoteOutcome('Pre-advies: ontraden. Verworpen met 30%')).toMatchObject({
      preAdvice: 'ontraden',
      result: 'verworpen',
      percentage: 30,
    });
  });
});
