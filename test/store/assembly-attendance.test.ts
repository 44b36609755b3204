import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_VOTING_RULE } from '../../src/domain/index.js';
import { assemblyState } from '../../src/services/assembly/assembly-state.js';
import {
  assertPresent,
  registerDeparture,
  registerPresence,
} from '../../src/services/assembly/attendance.js';
import { castOrChangeBallot } from '../../src/services/assembly/ballot.js';
import { castVote } from '../../src/services/votes/cast-vote.js';
import { closeVote, openVote } from '../../src/services/votes/move-vote.js';
import { prepareVote } from '../../src/services/votes/prepare-vote.js';
import { listAttendance } from '../../src/store/repositories/attendance.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { updateOrganisationSettings } from '../../src/store/repositories/organisations.js';
import { listBallots } from '../../src/store/repositories/votes.js';
import { ENGINES } from '../support/engines.js';
import { auditActions, openStoreFixture, type StoreFixture } from './store-fixture.js';

// Example bands: Gouda (75 000) 5, Krimpenerwaard (58 000) 5, Amsterdam (918 000) 12; eligible 22.
describe.each(ENGINES)('the live assembly on %s', (engine) => {
  let f: StoreFixture;
  let meeting: string;
  const use = () => ({ db: f.db, writer: f.ctx });
  const refusal = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (error) {
      return (error as { code?: string }).code;
    }
    return 'accepted';
  };
  const newVote = async (subject: string) => {
    const vote = await prepareVote({ ...use(), meetingId: meeting, subject });
    await openVote({ ...use(), voteId: vote.id });
    return vote.id;
  };

  beforeAll(async () => {
    f = await openStoreFixture(engine);
    await updateOrganisationSettings(f.db, {
      id: f.ctx.organisationId,
      settings: { votingRule: EXAMPLE_VOTING_RULE, majority: 'simple', quorum: 0.5 },
      actor: f.ctx.actor,
    });
    meeting = (await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV', date: '2026-06-10' })).id;
  });
  afterAll(async () => f?.cleanup());

  it('keeps a register: check-in at the door, sign-in, handing the card over, leaving; present weight at every moment', async () => {
    expect((await assemblyState(f.db, f.ctx.organisationId, meeting)).register).toBe(false);
    await registerPresence({
      ...use(),
      meetingId: meeting,
      memberId: f.members.GM0513,
      representative: 'J. de Vries',
      by: 'staff',
    });
    let state = await assemblyState(f.db, f.ctx.organisationId, meeting);
    expect(state).toMatchObject({
      register: true,
      presentMembers: 1,
      presentWeight: 5,
      eligibleWeight: 22,
      eligibleMembers: 3,
    });
    await registerPresence({
      ...use(),
      meetingId: meeting,
      memberId: f.members.GM0363,
      representative: 'A. Bakker',
      by: 'self',
    });
    await registerPresence({
      ...use(),
      meetingId: meeting,
      memberId: f.members.GM0513,
      representative: 'P. Jansen',
      by: 'staff',
    });
    const register = await listAttendance(f.db, f.ctx.organisationId, meeting);
    expect(register.map((a) => `${a.memberName}:${a.representative}:${a.weight}:${a.registeredBy}`)).toEqual([
      'Amsterdam:A. Bakker:12:self',
      'Gouda:P. Jansen:5:staff',
    ]);
    state = await assemblyState(f.db, f.ctx.organisationId, meeting);
    expect(state).toMatchObject({ presentMembers: 2, presentWeight: 17, quorumMet: true });
    await registerDeparture({ ...use(), meetingId: meeting, memberId: f.members.GM0363 });
    expect(await assemblyState(f.db, f.ctx.organisationId, meeting)).toMatchObject({
      presentWeight: 5,
      quorum: 0.5,
      quorumMet: false,
    });
    await registerPresence({
      ...use(),
      meetingId: meeting,
      memberId: f.members.GM0363,
      representative: 'A. Bakker',
      by: 'self',
    });
    expect((await assemblyState(f.db, f.ctx.organisationId, meeting)).presentWeight).toBe(17);
    expect(await auditActions(f, meeting)).toEqual(
      expect.arrayContaining([
        'meeting.weights-frozen',
        'attendance.present',
        'attendance.card-handed-over',
        'attendance.left',
      ]),
    );
    expect(
      await refusal(
        registerPresence({
          ...use(),
          meetingId: meeting,
          memberId: f.members.GM0513,
          representative: ' ',
          by: 'staff',
        }),
      ),
    ).toBe('required');
  });

  it('lets only present members vote, once each, with a ballot they can change until the close', async () => {
    const vote = await newVote('Motie Eén stem');
    expect(
      await refusal(castVote({ ...use(), voteId: vote, memberId: f.members.GM1931, choice: 'for' })),
    ).toBe('not_present');
    await expect(
      assertPresent({ ...use(), meetingId: meeting, memberId: f.members.GM0513 }),
    ).resolves.toBeUndefined();
    await castVote({ ...use(), voteId: vote, memberId: f.members.GM0513, choice: 'for' });
    expect(
      await refusal(castVote({ ...use(), voteId: vote, memberId: f.members.GM0513, choice: 'against' })),
    ).toBe('duplicate_ballot');
    const changed = await castOrChangeBallot({
      ...use(),
      voteId: vote,
      memberId: f.members.GM0513,
      choice: 'against',
    });
    expect(changed.changed).toBe(true);
    await castOrChangeBallot({ ...use(), voteId: vote, memberId: f.members.GM0363, choice: 'for' });
    // Two parallel first ballots of the same member: the unique key lets one through.
    const twice = await Promise.allSettled([
      castOrChangeBallot({ ...use(), voteId: vote, memberId: f.members.GM0363, choice: 'abstain' }),
      castVote({ ...use(), voteId: vote, memberId: f.members.GM0363, choice: 'against' }),
    ]);
    expect(twice.some((r) => r.status === 'rejected')).toBe(true);
    const ballots = await listBallots(f.db, f.ctx.organisationId, vote);
    expect(ballots.map((b) => `${b.memberName}:${b.weight}`)).toEqual(['Amsterdam:12', 'Gouda:5']);
    const state = await assemblyState(f.db, f.ctx.organisationId, meeting);
    expect(state.open).toMatchObject({ id: vote, votedMembers: 2, votedWeight: 17 });
    const closed = await closeVote({ ...use(), voteId: vote });
    expect(closed.result).toMatchObject({
      presentWeight: 17,
      eligibleWeight: 22,
      quorumMet: true,
      against: 5,
    });
    expect(
      await refusal(
        castOrChangeBallot({ ...use(), voteId: vote, memberId: f.members.GM0513, choice: 'for' }),
      ),
    ).toBe('vote_not_open');
  });

  it('keeps the weights of the meeting when the population table changes, and refuses to open without quorum', async () => {
    await f.db
      .updateTable('members')
      .set({ inhabitants: 250_000 })
      .where('id', '=', f.members.GM0513)
      .execute();
    const vote = await newVote('Na de volkstelling');
    const ballot = await castVote({ ...use(), voteId: vote, memberId: f.members.GM0513, choice: 'for' });
    expect(ballot.weight).toBe(5);
    await closeVote({ ...use(), voteId: vote });
    await registerDeparture({ ...use(), meetingId: meeting, memberId: f.members.GM0363 });
    const early = await prepareVote({ ...use(), meetingId: meeting, subject: 'Te weinig aanwezig' });
    expect(await refusal(openVote({ ...use(), voteId: early.id }))).toBe('quorum_not_met');
  });
});
