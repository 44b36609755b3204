import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import {
  addMotionPart,
  addPreAdvice,
  createAmendment,
  listAmendments,
  listAmendmentsOfTargets,
  listPreAdvices,
  listPreAdvicesOfMotions,
} from '../../src/store/repositories/motion-extras.js';
import { createMotion, listMotionParts, listPartsOfMotions } from '../../src/store/repositories/motions.js';
import { ENGINES } from '../support/engines.js';
import { openStoreFixture, type StoreFixture } from './store-fixture.js';

/**
 * The chair's console reads a meeting's parts, amendments and pre-advices in one read each: per motion the same
 * records, in the same order, as the one-motion reads give; motions without any are absent.
 */
describe.each(ENGINES)('a meeting’s agenda read at once on %s', (engine) => {
  let f: StoreFixture;
  let motions: string[];

  beforeAll(async () => {
    f = await openStoreFixture(engine);
    const meeting = (await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV', date: '2026-06-10' })).id;
    motions = [];
    for (const title of ['Motie Jeugdzorg', 'Motie Wonen', 'Motie Klimaat']) {
      const m = await createMotion(f.db, f.ctx, {
        title,
        status: 'submitted',
        meetingId: meeting,
        submittedAt: '2026-05-01T10:00:00.000Z',
        submitters: [{ name: 'Gouda' }],
      });
      motions.push(m.id);
    }
    const [first, second] = motions;
    await addMotionPart(f.db, f.ctx, first, { number: 2 });
    await addMotionPart(f.db, f.ctx, first, { number: 1 });
    await addMotionPart(f.db, f.ctx, second, { number: 1 });
    for (const [target, title] of [
      [second, 'Amendement B'],
      [first, 'Amendement A'],
      [second, 'Amendement C'],
    ] as const)
      await createAmendment(f.db, f.ctx, {
        targetKind: 'motion',
        targetId: target,
        title,
        text: `${title}.`,
      });
    await addPreAdvice(f.db, f.ctx, {
      motionId: first,
      advice: 'adopt',
      givenAt: '2026-05-20T10:00:00.000Z',
    });
    await addPreAdvice(f.db, f.ctx, {
      motionId: first,
      advice: 'advise-against',
      givenAt: '2026-05-02T10:00:00.000Z',
    });
    await addPreAdvice(f.db, f.ctx, {
      motionId: second,
      advice: 'postpone',
      givenAt: '2026-05-03T10:00:00.000Z',
    });
  });
  afterAll(async () => f?.cleanup());

  it('gives each motion’s parts, amendments and pre-advices as the one-motion reads do', async () => {
    const org = f.ctx.organisationId;
    const parts = await listPartsOfMotions(f.db, motions);
    const amendments = await listAmendmentsOfTargets(f.db, org, 'motion', motions);
    const advices = await listPreAdvicesOfMotions(f.db, org, motions);
    for (const id of motions) {
      expect(parts.get(id) ?? []).toEqual(await listMotionParts(f.db, id));
      expect(amendments.get(id) ?? []).toEqual(await listAmendments(f.db, org, { kind: 'motion', id }));
      expect(advices.get(id) ?? []).toEqual(await listPreAdvices(f.db, org, id));
    }
    expect(parts.get(motions[0])?.map((p) => p.number)).toEqual([1, 2]);
    expect(amendments.get(motions[1])?.map((a) => a.title)).toEqual(['Amendement B', 'Amendement C']);
    expect(advices.get(motions[0])?.map((a) => a.advice)).toEqual(['advise-against', 'adopt']);
    expect(parts.has(motions[2]) || amendments.has(motions[2]) || advices.has(motions[2])).toBe(false);
    expect(await listAmendmentsOfTargets(f.db, 'another-organisation', 'motion', motions)).toEqual(new Map());
  });
});
