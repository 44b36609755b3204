import { describe, expect, it } from 'vitest';
import { deriveMotionStatusFromParts, recordPartResult } from '../../../src/domain/index.js';
import { buildMotion, buildParts } from './factories.js';

const AT = '2025-06-18T11:00:00.000Z';
const parts = (...statuses: Parameters<typeof buildParts>[1]) => buildParts('m', statuses);

describe('deriveMotionStatusFromParts', () => {
  it.each([
    [['adopted', 'postponed'], 'adopted'],
    [['rejected', 'adopted'], 'adopted'],
    [['adopted', 'pending'], 'adopted'],
    [['rejected', 'rejected'], 'rejected'],
    [['rejected', 'withdrawn'], 'rejected'],
    [['withdrawn', 'withdrawn'], 'withdrawn'],
    [['rejected', 'pending'], 'submitted'],
    [['postponed', 'pending'], 'submitted'],
    [['rejected', 'postponed'], 'postponed'],
    [['postponed', 'postponed'], 'postponed'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(deriveMotionStatusFromParts(parts(...statuses))).toBe(expected);
  });

  it('refuses a motion without parts', () => {
    expect(() => deriveMotionStatusFromParts([])).toThrowError(
      expect.objectContaining({ code: 'invalid_vote' }),
    );
  });
});

describe('recordPartResult', () => {
  it('adopts the motion when its first part is adopted, with the vote of that part', () => {
    const motion = buildMotion({ id: 'm' });
    const result = recordPartResult({
      motion,
      parts: parts('pending', 'pending'),
      partId: 'm-part-1',
      status: 'adopted',
      at: AT,
      voteId: 'vote-p1',
    });
    expect(result.parts.map((part) => part.status)).toEqual(['adopted', 'pending']);
    expect(result.transition).toMatchObject({
      from: 'submitted',
      to: 'adopted',
      voteId: 'vote-p1',
      reason: 'deel 1: aangenomen',
    });
  });

  it('keeps the motion adopted when a later part is postponed (no new transition)', () => {
    const motion = buildMotion({ id: 'm', status: 'adopted', meetingId: 'meeting-1' });
    const result = recordPartResult({
      motion,
      parts: parts('adopted', 'pending'),
      partId: 'm-part-2',
      status: 'postponed',
      at: AT,
    });
    expect(result.transition).toBeNull();
    expect(result.parts[1].status).toBe('postponed');
  });

  it('waits while parts are pending, then rejects when all are rejected', () => {
    const motion = buildMotion({ id: 'm' });
    const first = recordPartResult({
      motion,
      parts: parts('pending', 'pending'),
      partId: 'm-part-1',
      status: 'rejected',
      at: AT,
    });
    expect(first.transition).toBeNull();
    const second = recordPartResult({
      motion,
      parts: first.parts,
      partId: 'm-part-2',
      status: 'rejected',
      at: AT,
    });
    expect(second.transition).toMatchObject({
      from: 'submitted',
      to: 'rejected',
      reason: 'deel 2: verworpen',
    });
  });

  it('refuses to decide a part twice and refuses unknown parts', () => {
    const motion = buildMotion({ id: 'm', status: 'adopted' });
    const decided = parts('adopted');
    expect(() =>
      recordPartResult({ motion, parts: decided, partId: 'm-part-1', status: 'rejected', at: AT }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_vote', current: 'adopted' }));
    expect(() =>
      recordPartResult({ motion, parts: decided, partId: 'nope', status: 'adopted', at: AT }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_vote' }));
  });

  it('requires a postponed motion to be resubmitted before its parts are voted again', () => {
    const motion = buildMotion({ id: 'm', status: 'postponed' });
    expect(() =>
      recordPartResult({ motion, parts: parts('postponed'), partId: 'm-part-1', status: 'adopted', at: AT }),
    ).toThrowError(expect.objectContaining({ code: 'illegal_transition', current: 'postponed' }));
  });
});
