import { describe, expect, it } from 'vitest';
import {
  assertEarlierRoundsDecided,
  assertMeetingHasTakenPlace,
  dutchCalendarDate,
  findMissingMotions,
  findNextRound,
  meetingMoment,
  type RoundInOrder,
} from '../../../src/domain/index.js';
import { buildMeeting, buildMotion } from './factories.js';

const alv2025 = buildMeeting('alv-2025', '2025-06-18');
const najaars2024 = buildMeeting('najaars-2024', '2024-11-29', 'najaars-alv');
const alv2022 = buildMeeting('alv-2022', '2022-06-29');
const adoptedAt = (meeting: { id: string; date: string }) => ({
  adoptedAtMeetingId: meeting.id,
  adoptedOn: meeting.date,
});

describe('meeting dates', () => {
  const meeting = { id: 'm', title: 'ALV 18 juni 2025', date: '2025-06-18', startTime: '10:00' };

  it('refuses a decision before the meeting took place, naming its date; allows it on and after the day', () => {
    expect(() => assertMeetingHasTakenPlace({ meeting, today: '2025-06-17', what: 'besluit' })).toThrowError(
      expect.objectContaining({
        code: 'meeting_not_held',
        details: expect.objectContaining({ meetingDate: '2025-06-18' }),
      }),
    );
    expect(() => assertMeetingHasTakenPlace({ meeting, today: '2025-06-18', what: 'besluit' })).not.toThrow();
    expect(() => assertMeetingHasTakenPlace({ meeting, today: '2026-01-01', what: 'besluit' })).not.toThrow();
  });

  it('dates a decision by the meeting in Dutch local time (summer and winter), noon when the start is unknown', () => {
    expect(meetingMoment(meeting)).toBe('2025-06-18T08:00:00.000Z');
    expect(meetingMoment({ date: '2024-11-29', startTime: '13:30' })).toBe('2024-11-29T12:30:00.000Z');
    expect(meetingMoment({ date: '2024-11-29', startTime: null })).toBe('2024-11-29T11:00:00.000Z');
  });

  it('knows the Dutch calendar date of an instant around midnight', () => {
    expect(dutchCalendarDate(new Date('2025-06-17T22:30:00Z'))).toBe('2025-06-18');
    expect(dutchCalendarDate(new Date('2025-12-31T22:59:00Z'))).toBe('2025-12-31');
  });
});

describe('completeness of a round', () => {
  it('lists the open motions adopted before the meeting that have no entry', () => {
    const a = {
      ...buildMotion({ id: 'a', status: 'adopted', ...adoptedAt(najaars2024) }),
      ...adoptedAt(najaars2024),
    };
    const h = { ...buildMotion({ id: 'h', status: 'held', ...adoptedAt(alv2022) }), ...adoptedAt(alv2022) };
    const s = {
      ...buildMotion({ id: 's', status: 'settled', ...adoptedAt(alv2022) }),
      ...adoptedAt(alv2022),
    };
    const same = {
      ...buildMotion({ id: 'x', status: 'adopted', ...adoptedAt(alv2025) }),
      ...adoptedAt(alv2025),
    };
    const missing = findMissingMotions({
      motions: [a, h, s, same],
      meeting: alv2025,
      entries: [{ motionId: 'h' }],
    });
    expect(missing.map((motion) => motion.id)).toEqual(['a']);
  });
});

describe('round order', () => {
  const round = (id: string, meetingDate: string, status: RoundInOrder['status']): RoundInOrder => ({
    id,
    status,
    meetingDate,
    meetingTitle: `ALV ${meetingDate}`,
  });

  it('refuses a later round while an earlier one is pending and names the earlier one', () => {
    const rounds = [round('juni', '2025-06-18', 'approved'), round('nov', '2025-12-10', 'approved')];
    expect(() => assertEarlierRoundsDecided({ round: rounds[1], rounds })).toThrowError(
      expect.objectContaining({
        code: 'round_order',
        details: {
          pending: [{ roundId: 'juni', meetingTitle: 'ALV 2025-06-18', meetingDate: '2025-06-18' }],
        },
      }),
    );
    expect(() => assertEarlierRoundsDecided({ round: rounds[0], rounds })).not.toThrow();
    const decided = [round('juni', '2025-06-18', 'decided'), rounds[1]];
    expect(() => assertEarlierRoundsDecided({ round: rounds[1], rounds: decided })).not.toThrow();
  });

  it('finds the first open round after a meeting for the motions held there', () => {
    const rounds = [
      round('a', '2025-06-18', 'decided'),
      round('c', '2026-06-10', 'open'),
      round('b', '2025-12-10', 'open'),
    ];
    expect(findNextRound(rounds, '2025-06-18')?.id).toBe('b');
    expect(findNextRound(rounds, '2026-06-10')).toBeNull();
  });
});
