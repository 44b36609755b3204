import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_STATUSES,
  allowedNextAgreementStatuses,
  conditionState,
  daysOverdue,
  isOverdue,
  transitionAgreement,
} from '../../../src/domain/index.js';
import { buildAgreement } from './factories.js';

describe('agreement transitions', () => {
  const pairs = AGREEMENT_STATUSES.flatMap((from) => AGREEMENT_STATUSES.map((to) => ({ from, to })));
  const legal = (from: string, to: string) => from === 'open' && to !== 'open';

  it.each(pairs)('$from → $to', ({ from, to }) => {
    const agreement = buildAgreement({ status: from });
    if (legal(from, to)) {
      const next = transitionAgreement({ agreement, to, on: '2025-05-01' });
      expect(next).toEqual({ ...agreement, status: to });
    } else {
      expect(() => transitionAgreement({ agreement, to, on: '2025-05-01' })).toThrowError(
        expect.objectContaining({
          code: 'illegal_transition',
          current: from,
          allowed: allowedNextAgreementStatuses(from),
        }),
      );
    }
  });
});

describe('overdue agreements', () => {
  const due = buildAgreement({ dueDate: '2025-04-14' });

  it('is on time on the due date itself ("uiterlijk 14 april")', () => {
    expect(isOverdue(due, '2025-04-14')).toBe(false);
    expect(daysOverdue(due, '2025-04-14')).toBe(0);
  });

  it('counts calendar days after the due date, across months and leap days', () => {
    expect(isOverdue(due, '2025-04-15')).toBe(true);
    expect(daysOverdue(due, '2025-04-15')).toBe(1);
    expect(daysOverdue(due, '2025-05-14')).toBe(30);
    expect(daysOverdue(buildAgreement({ dueDate: '2024-02-28' }), '2024-03-01')).toBe(2);
  });

  it('is never overdue when not open or without a due date', () => {
    for (const status of AGREEMENT_STATUSES.filter((s) => s !== 'open')) {
      expect(isOverdue(buildAgreement({ status, dueDate: '2020-01-01' }), '2025-01-01')).toBe(false);
    }
    expect(isOverdue(buildAgreement({ dueDate: null }), '2030-01-01')).toBe(false);
  });

  it('rejects impossible dates', () => {
    expect(() => daysOverdue(due, '2025-02-30')).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});

describe('conditionState of a clause linked to an agreement', () => {
  it.each([
    [{ status: 'broken' }, 'triggered'],
    [{ status: 'partly-fulfilled' }, 'triggered'],
    [{ status: 'open', dueDate: '2025-04-14' }, 'at-risk'],
    [{ status: 'open', dueDate: '2025-12-31' }, 'pending'],
    [{ status: 'fulfilled' }, 'not-triggered'],
    [{ status: 'withdrawn' }, 'not-triggered'],
  ] as const)('%j → %s', (overrides, expected) => {
    expect(conditionState(buildAgreement(overrides), '2025-06-01')).toBe(expected);
  });
});
