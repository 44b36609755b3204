import { describe, expect, it } from 'vitest';
import {
  allowedNextStatuses,
  DomainError,
  isFinalMotionStatus,
  MOTION_STATUSES,
  type MotionStatus,
  transitionMotion,
} from '../../../src/domain/index.js';
import { buildMotion } from './factories.js';

// The specification written out independently of the implementation's table (DESIGN §3).
const LEGAL: ReadonlySet<string> = new Set([
  'draft>submitted',
  'draft>withdrawn',
  'submitted>withdrawn',
  'submitted>postponed',
  'submitted>adopted',
  'submitted>rejected',
  'postponed>submitted',
  'postponed>withdrawn',
  'adopted>held',
  'adopted>settled',
  'held>held',
  'held>settled',
]);

const AT = '2025-06-18T11:00:00.000Z';
const matrix = MOTION_STATUSES.flatMap((from) => MOTION_STATUSES.map((to) => ({ from, to })));

describe('motion transition matrix', () => {
  it('covers all 8 × 8 pairs', () => {
    expect(matrix).toHaveLength(64);
  });

  it.each(matrix.filter(({ from, to }) => LEGAL.has(`${from}>${to}`)))(
    'allows $from → $to',
    ({ from, to }) => {
      const motion = buildMotion({ status: from });
      const transition = transitionMotion({
        motion,
        to,
        at: AT,
        meetingId: 'meeting-9',
        voteId: 'vote-1',
        reason: 'test',
      });
      expect(motion.status).toBe(from); // the record is not mutated
      expect(transition).toEqual({
        motionId: motion.id,
        from,
        to,
        at: AT,
        meetingId: 'meeting-9',
        voteId: 'vote-1',
        roundId: null,
        reason: 'test',
      });
    },
  );

  it.each(matrix.filter(({ from, to }) => !LEGAL.has(`${from}>${to}`)))(
    'refuses $from → $to',
    ({ from, to }) => {
      const motion = buildMotion({ status: from });
      let caught: unknown;
      try {
        transitionMotion({ motion, to, at: AT });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DomainError);
      const error = caught as DomainError;
      expect(error.code).toBe('illegal_transition');
      expect(error.current).toBe(from);
      expect(error.allowed).toEqual(allowedNextStatuses(from));
      expect(error.allowed).not.toContain(to);
    },
  );

  it('reports the allowed statuses exactly as the specification lists them', () => {
    for (const from of MOTION_STATUSES) {
      const expected = MOTION_STATUSES.filter((to) => LEGAL.has(`${from}>${to}`));
      expect([...allowedNextStatuses(from)].sort()).toEqual([...expected].sort());
    }
  });

  it('treats withdrawn, rejected and settled as final', () => {
    const finals = MOTION_STATUSES.filter(isFinalMotionStatus);
    expect(finals.sort()).toEqual<MotionStatus[]>(['rejected', 'settled', 'withdrawn']);
  });
});

describe('transitionMotion details', () => {
  it('decides at the motion’s own meeting unless another is named; the accountability report groups by it', () => {
    const motion = buildMotion({ meetingId: 'najaars-2024' });
    expect(transitionMotion({ motion, to: 'adopted', at: '2024-11-29T14:00:00.000Z' })).toMatchObject({
      meetingId: 'najaars-2024',
      at: '2024-11-29T14:00:00.000Z',
    });
    const held = transitionMotion({
      motion: buildMotion({ status: 'adopted', meetingId: 'alv-2024' }),
      to: 'held',
      at: AT,
      meetingId: 'alv-2025',
      roundId: 'round-1',
    });
    expect(held).toMatchObject({ from: 'adopted', to: 'held', meetingId: 'alv-2025', roundId: 'round-1' });
  });

  it('refuses adoption without any meeting', () => {
    const motion = buildMotion({ meetingId: null });
    expect(() => transitionMotion({ motion, to: 'adopted', at: AT })).toThrowError(
      expect.objectContaining({ code: 'meeting_required' }),
    );
  });

  it('rejects a malformed timestamp', () => {
    const motion = buildMotion({ status: 'draft' });
    expect(() => transitionMotion({ motion, to: 'submitted', at: '18-06-2025' })).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});
