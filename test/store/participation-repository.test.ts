import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyVote } from '../../src/domain/index.js';
import { verifyAuditChain } from '../../src/store/audit.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import {
  addMotionClauses,
  addMotionPart,
  addPreAdvice,
  createAmendment,
  listAmendments,
  listMotionClauses,
  listPreAdvices,
  updateAmendment,
  updateMotionPart,
} from '../../src/store/repositories/motion-extras.js';
import { createMotion, listMotionParts } from '../../src/store/repositories/motions.js';
import {
  addPollQuestion,
  createPoll,
  getPoll,
  listPollResponses,
  pollResponseRate,
  recordPollResponse,
} from '../../src/store/repositories/polls.js';
import {
  castBallot,
  createVote,
  listBallots,
  listVotes,
  setVoteStatus,
} from '../../src/store/repositories/votes.js';
import { ENGINES } from '../support/engines.js';
import { openStoreFixture, type StoreFixture } from './store-fixture.js';

describe.each(ENGINES)('votes, polls and motion extras on %s', (engine) => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await openStoreFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('runs a vote: status changes with a stale check, one ballot per member, named results', async () => {
    const m = await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV 2025', date: '2025-06-18' });
    const v = await createVote(f.db, f.ctx, { meetingId: m.id, subject: 'Motie Nieuwkomersonderwijs' });
    expect(v.status).toBe('created');
    await setVoteStatus(f.db, f.ctx, { voteId: v.id, from: 'created', to: 'open' });
    await expect(
      setVoteStatus(f.db, f.ctx, { voteId: v.id, from: 'created', to: 'open' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await castBallot(f.db, f.ctx, { voteId: v.id, memberId: f.members.GM0513, choice: 'for', weight: 5 });
    await castBallot(f.db, f.ctx, {
      voteId: v.id,
      memberId: f.members.GM0363,
      choice: 'against',
      weight: 12.5,
    });
    await expect(
      castBallot(f.db, f.ctx, { voteId: v.id, memberId: f.members.GM0513, choice: 'against', weight: 5 }),
    ).rejects.toMatchObject({ code: 'duplicate_ballot' });
    const tally = tallyVote({
      ballots: [
        { memberId: f.members.GM0513, choice: 'for', weight: 5 },
        { memberId: f.members.GM0363, choice: 'against', weight: 12.5 },
      ],
      eligibleWeight: 17.5,
      presentWeight: 17.5,
      majority: 'simple',
      quorum: 0,
    });
    const closed = await setVoteStatus(f.db, f.ctx, {
      voteId: v.id,
      from: 'open',
      to: 'closed',
      result: tally,
    });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.result).toEqual(tally);
    expect(closed.result).toMatchObject({ percentageFor: 28.57, outcome: 'rejected' });
    const ballots = await listBallots(f.db, f.ctx.organisationId, v.id);
    expect(ballots.map((b) => [b.memberName, b.choice, b.weight])).toEqual([
      ['Amsterdam', 'against', 12.5],
      ['Gouda', 'for', 5],
    ]);
    expect((await listVotes(f.db, f.ctx.organisationId, { status: ['closed'] })).total).toBe(1);
  });

  it('keeps poll questions in order and one response per member per question', async () => {
    const p = await createPoll(f.db, f.ctx, {
      title: 'Ledenpeiling Gemeentefonds',
      status: 'open',
      questions: [{ text: 'Steunt u de inzet?', kind: 'single-choice', options: ['ja', 'nee'] }],
    });
    const q2 = await addPollQuestion(f.db, f.ctx, p.id, { text: 'Toelichting', kind: 'open' });
    const q1 = p.questions[0].id;
    await recordPollResponse(f.db, f.ctx, {
      pollId: p.id,
      memberId: f.members.GM0513,
      answers: [
        { questionId: q1, answer: 'ja' },
        { questionId: q2.id, answer: 'Graag snel' },
      ],
    });
    await recordPollResponse(f.db, f.ctx, {
      pollId: p.id,
      memberId: f.members.GM0513,
      answers: [{ questionId: q1, answer: 'nee' }],
    });
    await recordPollResponse(f.db, f.ctx, {
      pollId: p.id,
      memberId: f.members.GM1931,
      answers: [{ questionId: q1, answer: 'ja' }],
    });
    const read = await getPoll(f.db, f.ctx.organisationId, p.id);
    expect(read?.questions.map((q) => [q.position, q.options])).toEqual([
      [1, ['ja', 'nee']],
      [2, []],
    ]);
    const responses = await listPollResponses(f.db, f.ctx.organisationId, p.id);
    expect(responses.map((r) => [r.memberName, r.answer])).toEqual([
      ['Gouda', 'nee'],
      ['Gouda', 'Graag snel'],
      ['Krimpenerwaard', 'ja'],
    ]);
    expect(await pollResponseRate(f.db, f.ctx.organisationId, p.id)).toEqual({
      respondents: 2,
      members: 3,
      rate: 0.6667,
    });
  });

  it('stores pre-advice, amendments, parts and clauses of a motion', async () => {
    const motion = await createMotion(f.db, f.ctx, {
      title: 'Energietransitie',
      submitters: [{ name: 'Gouda' }],
    });
    await addPreAdvice(f.db, f.ctx, {
      motionId: motion.id,
      advice: 'adopt',
      givenAt: '2025-06-01T10:00:00.000Z',
    });
    await addPreAdvice(f.db, f.ctx, {
      motionId: motion.id,
      advice: 'assembly-judgement',
      givenAt: '2025-06-10T10:00:00.000Z',
    });
    expect((await listPreAdvices(f.db, f.ctx.organisationId, motion.id)).map((p) => p.advice)).toEqual([
      'adopt',
      'assembly-judgement',
    ]);
    const a = await createAmendment(f.db, f.ctx, {
      targetKind: 'motion',
      targetId: motion.id,
      title: 'Amendement A',
      text: 'Vervang "2026" door "2027"',
      submitters: [{ memberId: f.members.GM1931, name: 'Krimpenerwaard' }],
    });
    await updateAmendment(f.db, f.ctx, a.id, { status: 'adopted' });
    const amendments = await listAmendments(f.db, f.ctx.organisationId, { kind: 'motion', id: motion.id });
    expect(amendments.map((x) => [x.status, x.submitters[0].name])).toEqual([['adopted', 'Krimpenerwaard']]);
    await expect(
      createAmendment(f.db, f.ctx, { targetKind: 'resolution', targetId: motion.id, title: 'x', text: 'y' }),
    ).rejects.toThrow(/bestaat niet/);
    const p1 = await addMotionPart(f.db, f.ctx, motion.id, { number: 1, text: 'deel 1' });
    await addMotionPart(f.db, f.ctx, motion.id, { number: 2, text: 'deel 2' });
    await updateMotionPart(f.db, f.ctx, p1.id, {
      status: 'adopted',
      votePercentage: 87.5,
      voteResult: 'aangenomen',
    });
    const parts = await listMotionParts(f.db, motion.id);
    expect(parts.map((p) => [p.number, p.status, p.votePercentage])).toEqual([
      [1, 'adopted', 87.5],
      [2, 'pending', null],
    ]);
    await addMotionClauses(f.db, f.ctx, motion.id, [
      { section: 'preamble', kind: 'noting', text: 'constaterende dat' },
      { section: 'operative', kind: 'requests', text: 'verzoekt het bestuur' },
    ]);
    expect((await listMotionClauses(f.db, f.ctx.organisationId, motion.id)).map((c) => c.number)).toEqual([
      1, 2,
    ]);
    expect(await verifyAuditChain(f.db)).toMatchObject({ ok: true });
  });
});
