import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  dutchHolidays,
  isWorkingDay,
  motionDeadline,
  workingDaysBefore,
} from '../../../src/domain/working-days.js';

describe('Dutch working days', () => {
  it('knows the public holidays of a year, Easter-based ones included', () => {
    expect([...dutchHolidays(2025)].sort()).toEqual([
      '2025-01-01',
      '2025-04-20',
      '2025-04-21',
      '2025-04-26',
      '2025-05-05',
      '2025-05-29',
      '2025-06-08',
      '2025-06-09',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(isWorkingDay('2025-04-21')).toBe(false); // Easter Monday
    expect(isWorkingDay('2025-04-18')).toBe(true); // Good Friday is a working day
    expect(isWorkingDay('2025-04-19')).toBe(false); // Saturday
  });

  it('puts the motion deadline nine working days before the assembly, skipping weekends and holidays', () => {
    // 7 May 2025: back over 5 May (Bevrijdingsdag) and a weekend.
    expect(motionDeadline('2025-05-07')).toBe('2025-04-23');
    // 18 June 2025 (ALV): two plain weeks back, Whit Monday 9 June skipped.
    expect(motionDeadline('2025-06-18')).toBe('2025-06-04');
    expect(workingDaysBefore('2025-12-29', 2)).toBe('2025-12-23');
    expect(daysBetween('2025-04-23', '2025-05-07')).toBe(14);
  });
});
