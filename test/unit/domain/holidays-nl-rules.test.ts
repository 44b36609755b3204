import { data } from 'date-holidays/data';
import { describe, expect, it } from 'vitest';
import { NL_HOLIDAY_RULES } from '../../../src/domain/holidays-nl-rules.js';
import { dutchHolidays } from '../../../src/domain/working-days.js';

describe('the Dutch holiday rules kept in the source', () => {
  it('are the installed date-holidays rules for NL (run scripts/holidays-nl-rules.mjs after an update)', () => {
    expect(NL_HOLIDAY_RULES.holidays.NL).toEqual(data.holidays.NL);
    for (const [key, names] of Object.entries(NL_HOLIDAY_RULES.names)) expect(names).toEqual(data.names[key]);
  });

  it('give the same public holidays as the full library for the years the register covers', async () => {
    const { default: Holidays } = await import('date-holidays');
    const library = new Holidays('NL');
    for (let year = 1990; year <= 2040; year += 1) {
      const expected = new Set(
        library
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      expected.add(`${year}-05-05`);
      expect([...dutchHolidays(year)].sort()).toEqual([...expected].sort());
    }
  });
});
