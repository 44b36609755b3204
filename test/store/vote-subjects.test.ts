import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_VOTING_RULE } from '../../src/domain/index.js';
import { castOrChangeBallot } from '../../src/services/assembly/ballot.js';
import { closeVote, openVote, publishVote } from '../../src/services/votes/move-vote.js';
import { prepareVote } from '../../src/services/votes/prepare-vote.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { addPreAdvice, createAmendment, getAmendment } from '../../src/store/repositories/motion-extras.js';
import { createMotion, getMotion } from '../../src/store/repositories/motions.js';
import { updateOrganisationSettings } from '../../src/store/repositories/organisations.js';
import { listBallots } from '../../src/store/repositories/votes.js';
import { ENGINES } from '../support/engines.js';
import { openStoreFixture, type StoreFixture } from './store-fixture.js';

// Example bands: Gouda 5, Krimpenerwaard 5, Amsterdam 12; eligible 22.
describe.each(ENGINES)('votes on amendments, pre-advice and with alternatives on %s', (engine) => {
  let f: StoreFixture;
  let meeting: string;
  const use = () => ({ db: f.db, writer: f.ctx });
  const motion = (title: string) =>
    createMotion(f.db, f.ctx, {
      title,
      status: 'submitted',
      meetingId: meeting,
      submittedAt: '2026-05-01T10:00:00.000Z',
      submitters: [{ name: 'Gouda' }],
    });

  beforeAll(async () => {
    f = await openStoreFixture(engine);
    await updateOrganisationSettings(f.db, {
      id: f.ctx.organisationId,
      settings: { votingRule: EXAMPLE_VOTING_RULE, majority: 'simple', quorum: 0 },
      actor: f.ctx.actor,
    });
    meeting = (await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV', date: '2026-06-10' })).id;
  });
  afterAll(async () => f?.cleanup());

  it('a multi-alternative ballot: cast, changed until close, tallied per alternative, publishing adopts', async () => {
    const m = await motion('Motie Contributie');
    const vote = await prepareVote({
      ...use(),
      meetingId: meeting,
      subject: 'Contributieverhoging',
      motionId: m.id,
      alternatives: ['bestuursvoorstel (3,9%)', 'geamendeerd voorstel (2,9%)'],
    });
    expect(vote.alternatives?.map((a) => a.key)).toEqual(['a1', 'a2', 'against', 'abstain']);
    await openVote({ ...use(), voteId: vote.id });
    await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM0363, choice: 'a1' });
    await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM0363, choice: 'a2' });
    await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM0513, choice: 'a1' });
    await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM1931, choice: 'abstain' });
    await expect(
      castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM1931, choice: 'for' }),
    ).rejects.toMatchObject({ code: 'invalid_choice' });
    expect(await listBallots(f.db, f.ctx.organisationId, vote.id)).toHaveLength(3);
    const closed = await closeVote({ ...use(), voteId: vote.id });
    expect(closed.result?.alternatives?.winner).toBe('a2');
    expect(closed.result?.percentageFor).toBe(70.59);
    await publishVote({ ...use(), voteId: vote.id });
    expect(await getMotion(f.db, f.ctx.organisationId, m.id)).toMatchObject({ status: 'adopted' });
  });

  it('no alternative with the majority: geen meerderheid, the motion stays submitted', async () => {
    const m = await motion('Motie Verdeeld');
    const vote = await prepareVote({
      ...use(),
      meetingId: meeting,
      subject: 'Verdeeld',
      motionId: m.id,
      alternatives: ['voorstel A', 'voorstel B'],
      against: false,
    });
    await openVote({ ...use(), voteId: vote.id });
    await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM0513, choice: 'a1' });
    await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM1931, choice: 'a2' });
    const closed = await closeVote({ ...use(), voteId: vote.id });
    expect(closed.result?.outcome).toBe('no-majority');
    await publishVote({ ...use(), voteId: vote.id });
    expect(await getMotion(f.db, f.ctx.organisationId, m.id)).toMatchObject({ status: 'submitted' });
  });

  it('refuses bad alternatives and changes nothing', async () => {
    const m = await motion('Motie Fout');
    await expect(
      prepareVote({
        ...use(),
        meetingId: meeting,
        subject: 'Fout',
        motionId: m.id,
        alternatives: ['alleen'],
        against: false,
      }),
    ).rejects.toMatchObject({ code: 'invalid_alternatives' });
  });

  it('an amendment vote moves the amendment; a pre-advice followed moves the motion', async () => {
    const m = await motion('Motie Met Amendement');
    const amendment = await createAmendment(f.db, f.ctx, {
      targetKind: 'motion',
      targetId: m.id,
      title: 'A1',
      text: 'Vervang 2027 door 2026.',
      status: 'submitted',
    });
    const onAmendment = await prepareVote({
      ...use(),
      meetingId: meeting,
      subject: 'A1',
      amendmentId: amendment.id,
    });
    await openVote({ ...use(), voteId: onAmendment.id });
    await castOrChangeBallot({
      ...use(),
      voteId: onAmendment.id,
      memberId: f.members.GM0363,
      choice: 'against',
    });
    await castOrChangeBallot({ ...use(), voteId: onAmendment.id, memberId: f.members.GM0513, choice: 'for' });
    await closeVote({ ...use(), voteId: onAmendment.id });
    await publishVote({ ...use(), voteId: onAmendment.id });
    expect((await getAmendment(f.db, f.ctx.organisationId, amendment.id))?.status).toBe('rejected');
    await expect(
      prepareVote({ ...use(), meetingId: meeting, subject: 'Nogmaals', amendmentId: amendment.id }),
    ).rejects.toMatchObject({ code: 'amendment_not_submitted' });

    const judgement = await addPreAdvice(f.db, f.ctx, {
      motionId: m.id,
      advice: 'assembly-judgement',
      givenAt: '2026-05-20T10:00:00.000Z',
    });
    await expect(
      prepareVote({ ...use(), meetingId: meeting, subject: 'Oordeel', preAdviceId: judgement.id }),
    ).rejects.toMatchObject({ code: 'pre_advice_without_vote' });
    const advice = await addPreAdvice(f.db, f.ctx, {
      motionId: m.id,
      advice: 'adopt',
      givenAt: '2026-06-01T10:00:00.000Z',
    });
    const onAdvice = await prepareVote({
      ...use(),
      meetingId: meeting,
      subject: 'Preadvies',
      preAdviceId: advice.id,
    });
    await openVote({ ...use(), voteId: onAdvice.id });
    await castOrChangeBallot({ ...use(), voteId: onAdvice.id, memberId: f.members.GM0363, choice: 'for' });
    await closeVote({ ...use(), voteId: onAdvice.id });
    await publishVote({ ...use(), voteId: onAdvice.id });
    expect(await getMotion(f.db, f.ctx.organisationId, m.id)).toMatchObject({ status: 'adopted' });
  });
});
