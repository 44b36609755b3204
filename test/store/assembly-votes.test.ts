import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_VOTING_RULE } from '../../src/domain/index.js';
import { assemblyState } from '../../src/services/assembly/assembly-state.js';
import { castOrChangeBallot } from '../../src/services/assembly/ballot.js';
import { closeVoteByHand } from '../../src/services/votes/close-by-hand.js';
import { closeVote, openVote, publishVote } from '../../src/services/votes/move-vote.js';
import { prepareVote } from '../../src/services/votes/prepare-vote.js';
import { createMeeting, setLiveTally } from '../../src/store/repositories/meetings.js';
import { createMotion, getMotion, listMotionParts } from '../../src/store/repositories/motions.js';
import { updateOrganisationSettings } from '../../src/store/repositories/organisations.js';
import {
  createResolution,
  createResolutionVersion,
  getResolution,
} from '../../src/store/repositories/resolutions.js';
import { ENGINES } from '../support/engines.js';
import { auditActions, openStoreFixture, type StoreFixture } from './store-fixture.js';

// Example bands: Gouda 5, Krimpenerwaard 5, Amsterdam 12; eligible 22. The meeting was held (its date passed).
describe.each(ENGINES)('votes from the chair’s console on %s', (engine) => {
  let f: StoreFixture;
  let meeting: string;
  const use = () => ({ db: f.db, writer: f.ctx });
  const state = () => assemblyState(f.db, f.ctx.organisationId, meeting);
  const motion = async (title: string, parts = 0) =>
    createMotion(f.db, f.ctx, {
      title,
      status: 'submitted',
      meetingId: meeting,
      submittedAt: '2026-05-01T10:00:00.000Z',
      submitters: [{ name: 'Gouda' }],
      parts: Array.from({ length: parts }, (_, i) => ({ number: i + 1, status: 'pending' as const })),
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

  it('shows the tally while open only when the meeting is set to, and the result after the close', async () => {
    const m = await motion('Motie Tussenstand');
    const vote = await prepareVote({ ...use(), meetingId: meeting, subject: 'Tussenstand', motionId: m.id });
    await openVote({ ...use(), voteId: vote.id });
    await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM0363, choice: 'for' });
    await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM0513, choice: 'against' });
    expect((await state()).liveTally).toBe(false);
    expect((await state()).open?.tally).toBeNull();
    await setLiveTally(f.db, f.ctx, meeting, true);
    expect((await state()).open?.tally).toEqual({ for: 12, against: 5 });
    expect(await auditActions(f, meeting)).toContain('meeting.live-tally-set');
    await closeVote({ ...use(), voteId: vote.id });
    const closed = (await state()).votes.find((v) => v.id === vote.id)!;
    expect(closed.tally).toBeNull();
    expect(closed.resultText).toBe('aangenomen met 70,59%');
    await setLiveTally(f.db, f.ctx, meeting, false);
    await publishVote({ ...use(), voteId: vote.id });
  });

  it('records adoption by acclamation from a prepared vote, and publishing adopts the motion', async () => {
    const m = await motion('Motie Acclamatie');
    const vote = await prepareVote({ ...use(), meetingId: meeting, subject: 'Acclamatie', motionId: m.id });
    const closed = await closeVoteByHand({ ...use(), voteId: vote.id, acclamation: true });
    expect(closed.status).toBe('closed');
    expect(closed.result).toMatchObject({ byAcclamation: true, outcome: 'adopted' });
    await publishVote({ ...use(), voteId: vote.id });
    expect(await getMotion(f.db, f.ctx.organisationId, m.id)).toMatchObject({
      status: 'adopted',
      byAcclamation: true,
    });
  });

  it('records a hand count on a part of a motion: the domain tallies it and publishing moves the part', async () => {
    const m = await motion('Motie in delen', 2);
    const [part1] = await listMotionParts(f.db, m.id);
    const vote = await prepareVote({
      ...use(),
      meetingId: meeting,
      subject: 'Motie in delen, deel 1',
      motionId: m.id,
      motionPartId: part1.id,
    });
    await openVote({ ...use(), voteId: vote.id });
    const refused = await closeVoteByHand({
      ...use(),
      voteId: vote.id,
      acclamation: false,
      counted: { for: 30, against: 0, abstain: 0 },
    }).catch((e: { code?: string }) => e.code);
    expect(refused).toBe('invalid_vote'); // more weight than is present (22)
    const closed = await closeVoteByHand({
      ...use(),
      voteId: vote.id,
      acclamation: false,
      counted: { for: 5, against: 12, abstain: 5 },
    });
    expect(closed.result).toMatchObject({ outcome: 'rejected', for: 5, against: 12, abstain: 5 });
    await publishVote({ ...use(), voteId: vote.id });
    const parts = await listMotionParts(f.db, m.id);
    expect(parts.map((p) => p.status)).toEqual(['rejected', 'pending']);
  });

  it('refuses a hand result when ballots were cast', async () => {
    const m = await motion('Motie met stemmen');
    const vote = await prepareVote({ ...use(), meetingId: meeting, subject: 'Met stemmen', motionId: m.id });
    await openVote({ ...use(), voteId: vote.id });
    await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: f.members.GM0513, choice: 'for' });
    const refused = await closeVoteByHand({ ...use(), voteId: vote.id, acclamation: true }).catch(
      (e: { code?: string }) => e.code,
    );
    expect(refused).toBe('ballots_cast');
    await closeVote({ ...use(), voteId: vote.id });
  });

  it('opens one vote at a time: a second waits until the open one is closed', async () => {
    const first = await prepareVote({
      ...use(),
      meetingId: meeting,
      subject: 'Eerste',
      motionId: (await motion('Motie Eerste')).id,
    });
    const second = await prepareVote({
      ...use(),
      meetingId: meeting,
      subject: 'Tweede',
      motionId: (await motion('Motie Tweede')).id,
    });
    await openVote({ ...use(), voteId: first.id });
    const refused = await openVote({ ...use(), voteId: second.id }).catch(
      (e: { code?: string; message?: string }) => e,
    );
    expect(refused).toMatchObject({
      code: 'vote_already_open',
      message: 'Er is al een stemming geopend in deze vergadering: Eerste. Sluit die eerst.',
    });
    expect((await state()).votes.find((v) => v.id === second.id)?.status).toBe('created');
    expect((await state()).open?.id).toBe(first.id);
    await closeVote({ ...use(), voteId: first.id });
    expect((await openVote({ ...use(), voteId: second.id })).status).toBe('open');
    await closeVote({ ...use(), voteId: second.id });
  });

  it('opens a vote of a meeting, or counts it by hand, only from the meeting’s day on', async () => {
    const coming = (
      await createMeeting(f.db, f.ctx, { kind: 'najaars-alv', title: 'Najaars-ALV 2099', date: '2099-12-09' })
    ).id;
    const m = await createMotion(f.db, f.ctx, {
      title: 'Motie Te Vroeg',
      status: 'submitted',
      meetingId: coming,
      submittedAt: '2026-05-01T10:00:00.000Z',
      submitters: [{ name: 'Gouda' }],
    });
    const vote = await prepareVote({ ...use(), meetingId: coming, subject: 'Te vroeg', motionId: m.id });
    const code = (e: { code?: string }) => e.code;
    expect(await openVote({ ...use(), voteId: vote.id }).catch(code)).toBe('meeting_not_held');
    expect(await closeVoteByHand({ ...use(), voteId: vote.id, acclamation: true }).catch(code)).toBe(
      'meeting_not_held',
    );
    const untouched = (await assemblyState(f.db, f.ctx.organisationId, coming)).votes[0];
    expect(untouched.status).toBe('created');
    expect((await getMotion(f.db, f.ctx.organisationId, m.id))?.status).toBe('submitted');
    // On the day itself the vote opens.
    expect((await openVote({ ...use(), voteId: vote.id, today: '2099-12-09' })).status).toBe('open');
    await closeVote({ ...use(), voteId: vote.id });
  });

  it('puts a resolution to the vote; publishing adopts its latest version', async () => {
    const r = await createResolution(f.db, f.ctx, { title: 'Resolutie Samen', meetingId: meeting });
    await createResolutionVersion(f.db, f.ctx, {
      resolutionId: r.id,
      label: 'concept',
      clauses: [{ section: 'operative', kind: 'calls-on', text: 'roept het kabinet op te investeren.' }],
    });
    const vote = await prepareVote({
      ...use(),
      meetingId: meeting,
      subject: 'Resolutie',
      resolutionId: r.id,
    });
    await openVote({ ...use(), voteId: vote.id });
    for (const member of [f.members.GM0363, f.members.GM1931])
      await castOrChangeBallot({ ...use(), voteId: vote.id, memberId: member, choice: 'for' });
    await closeVote({ ...use(), voteId: vote.id });
    await publishVote({ ...use(), voteId: vote.id });
    expect((await getResolution(f.db, f.ctx.organisationId, r.id))?.status).toBe('adopted');
  });
});
