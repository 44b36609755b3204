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
  it('adopts the motion when its first part is adopted and records the part vote', () => {
    const motion = buildMotion({ id: 'm', parts: parts('pending', 'pending') });
    const result = recordPartResult({
      motion,
      partId: 'm-part-1',
      status: 'adopted',
      at: AT,
      actorId: 'chair',
      voteId: 'vote-p1',
    });
    expect(result.motion.status).toBe('adopted');
    expect(result.motion.parts.map((part) => part.status)).toEqual(['adopted', 'pending']);
    expect(result.motion.parts[0].voteId).toBe('vote-p1');
    expect(result.transition).toMatchObject({ from: 'submitted', to: 'adopted', voteId: 'vote-p1' });
  });

  it('keeps the motion adopted when a later part is postponed (no new transition)', () => {
    const motion = buildMotion({
      id: 'm',
      status: 'adopted',
      adoptedAtMeetingId: 'meeting-1',
      parts: parts('adopted', 'pending'),
    });
    const result = recordPartResult({
      motion,
      partId: 'm-part-2',
      status: 'postponed',
      at: AT,
      actorId: null,
    });
    expect(result.motion.status).toBe('adopted');
    expect(result.transition).toBeNull();
    expect(result.motion.parts[1].status).toBe('postponed');
  });

  it('waits while parts are pending, then rejects when all are rejected', () => {
    const motion = buildMotion({ id: 'm', parts: parts('pending', 'pending') });
    const first = recordPartResult({ motion, partId: 'm-part-1', status: 'rejected', at: AT, actorId: null });
    expect(first.motion.status).toBe('submitted');
    expect(first.transition).toBeNull();
    const second = recordPartResult({
      motion: first.motion,
      partId: 'm-part-2',
      status: 'rejected',
      at: AT,
      actorId: null,
    });
    expect(second.motion.status).toBe('rejected');
    expect(second.transition?.to).toBe('rejected');
  });

  it('refuses to decide a part twice and refuses unknown parts', () => {
    const motion = buildMotion({ id: 'm', status: 'adopted', parts: parts('adopted') });
    expect(() =>
      recordPartResult({ motion, partId: 'm-part-1', status: 'rejected', at: AT, actorId: null }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_vote', current: 'adopted' }));
    expect(() =>
      recordPartResult({ motion, partId: 'nope', status: 'adopted', at: AT, actorId: null }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_vote' }));
  });

  it('requires a postponed motion to be resubmitted before its parts are voted again', () => {
    const motion = buildMotion({ id: 'm', status: 'postponed', parts: parts('postponed') });
    expect(() =>
      recordPartResult({ motion, partId: 'm-part-1', status: 'adopted', at: AT, actorId: null }),
    ).toThrowError(expect.objectContaining({ code: 'illegal_transition', current: 'postponed' }));
  });
});
