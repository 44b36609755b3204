import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectOfChoice, voteChoices } from '../../src/services/assembly/vote-choices.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { addMotionPart, addPreAdvice, createAmendment } from '../../src/store/repositories/motion-extras.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { createResolution } from '../../src/store/repositories/resolutions.js';
import { openStoreFixture, type StoreFixture } from '../store/store-fixture.js';
import { ENGINES } from '../support/engines.js';

/**
 * The chair's console offers what a vote can be opened on, per motion in title order: the motion, its pending
 * parts, its submitted amendments, the board's current pre-advice; then the undecided resolutions with their
 * amendments. A choice's value names the record the vote is about.
 */
describe.each(ENGINES)('the chair’s vote choices on %s', (engine) => {
  let f: StoreFixture;
  let meeting: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    f = await openStoreFixture(engine);
    meeting = (await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV', date: '2026-06-10' })).id;
    const motion = (title: string, number: string, status: 'submitted' | 'withdrawn' = 'submitted') =>
      createMotion(f.db, f.ctx, {
        title,
        number,
        status,
        meetingId: meeting,
        submittedAt: '2026-05-01T10:00:00.000Z',
        submitters: [{ name: 'Gouda' }],
      });
    ids.wonen = (await motion('Wonen', '2')).id;
    ids.jeugd = (await motion('Jeugdzorg', '1')).id;
    await motion('Ingetrokken', '3', 'withdrawn');
    ids.part = (await addMotionPart(f.db, f.ctx, ids.jeugd, { number: 1 })).id;
    ids.amendment = (
      await createAmendment(f.db, f.ctx, {
        targetKind: 'motion',
        targetId: ids.wonen,
        title: 'A1',
        text: 'Lees wonen als bouwen.',
      })
    ).id;
    await addPreAdvice(f.db, f.ctx, {
      motionId: ids.jeugd,
      advice: 'adopt',
      givenAt: '2026-05-20T10:00:00.000Z',
    });
    await addPreAdvice(f.db, f.ctx, {
      motionId: ids.wonen,
      advice: 'assembly-judgement',
      givenAt: '2026-05-20T10:00:00.000Z',
    });
    ids.resolution = (await createResolution(f.db, f.ctx, { title: 'Begroting', meetingId: meeting })).id;
  });
  afterAll(async () => f?.cleanup());

  it('lists the agenda a vote can be opened on, and each choice names its record', async () => {
    const choices = await voteChoices(f.db, f.ctx.organisationId, meeting);
    const values = choices.map((c) => c.value);
    expect(choices.map((c) => c.label)).toEqual([
      '1. Jeugdzorg',
      '1. Jeugdzorg, deel 1',
      expect.stringMatching(/^Preadvies .+ bij 1\. Jeugdzorg$/),
      '2. Wonen',
      'Amendement A1 op 2. Wonen',
      'Resolutie: Begroting',
    ]);
    expect(values.map(subjectOfChoice)).toEqual([
      { motionId: ids.jeugd },
      { motionId: ids.jeugd, motionPartId: ids.part },
      { preAdviceId: expect.any(String) },
      { motionId: ids.wonen },
      { amendmentId: ids.amendment },
      { resolutionId: ids.resolution },
    ]);
  });
});
