import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Principal } from '../../src/auth/index.js';
import { motionDeadline } from '../../src/domain/working-days.js';
import { ServiceError } from '../../src/services/errors.js';
import { findMemberBallots } from '../../src/services/votes/find-member-ballots.js';
import { answerCosubmitInvitation, inviteCosubmitter } from '../../src/services/workspace/cosubmitters.js';
import { followAsAccount } from '../../src/services/workspace/follow-as-account.js';
import { loadInvitation, loadMemberWorkspace } from '../../src/services/workspace/load-workspace.js';
import {
  amendBeforeDeadline,
  draftMemberMotion,
  submitBeforeDeadline,
} from '../../src/services/workspace/submit-before-deadline.js';
import { verifyAuditChain } from '../../src/store/audit.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { listFollowedMotionIds } from '../../src/store/repositories/member-activity.js';
import { getMotion } from '../../src/store/repositories/motions.js';
import { createRegistration } from '../../src/store/repositories/registrations.js';
import { castBallot, createVote, setVoteStatus } from '../../src/store/repositories/votes.js';
import { auditActions, openStoreFixture, type StoreFixture } from '../store/store-fixture.js';
import { ENGINES } from '../support/engines.js';

// The assembly of Thursday 17 December 2026: motions are due nine working days before, on Friday 4 December.
const ASSEMBLY = '2026-12-17';

const memberReader = (memberId: string): Principal => ({
  role: 'member',
  userId: null,
  memberId,
  label: 'griffie',
  via: 'session',
  sessionId: null,
});

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

describe('the motion deadline', () => {
  it('is nine working days before the assembly, Dutch public holidays not counted', () => {
    expect(motionDeadline(ASSEMBLY)).toBe('2026-12-04');
    // Across Christmas, Boxing Day (a Saturday) and New Year's Day: 7 January 2027 → 23 December 2026.
    expect(motionDeadline('2027-01-07')).toBe('2026-12-23');
  });
});

describe.each(ENGINES)("the members' workspace use cases, on %s", (engine) => {
  let f: StoreFixture;
  let meetingId: string;
  let gouda: string;
  let krimpen: string;
  let amsterdam: string;

  beforeAll(async () => {
    f = await openStoreFixture(engine);
    gouda = f.members.GM0513;
    krimpen = f.members.GM1931;
    amsterdam = f.members.GM0363;
    meetingId = (await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV december', date: ASSEMBLY })).id;
  });
  afterAll(async () => f?.cleanup());

  const motionsOf = async (memberId: string) =>
    (
      await f.db
        .selectFrom('motion_submitters')
        .select('motion_id')
        .where('member_id', '=', memberId)
        .execute()
    ).length;

  it('submits a motion on the last day and refuses it the working day after, storing nothing', async () => {
    const motion = { title: 'Motie Ruimte voor wonen', call: 'verzoekt het bestuur …', meetingId };
    const on = await draftMemberMotion({
      db: f.db,
      writer: f.ctx,
      today: '2026-12-04',
      memberId: gouda,
      motion,
      submit: true,
    });
    expect(on.status).toBe('submitted');
    expect(on.submitters.map((s) => s.memberId)).toEqual([gouda]);

    const before = await motionsOf(gouda);
    const late = await refusal(
      draftMemberMotion({
        db: f.db,
        writer: f.ctx,
        today: '2026-12-07',
        memberId: gouda,
        motion,
        submit: true,
      }),
    );
    expect(late.code).toBe('deadline_passed');
    expect(late.param).toBe('vergadering');
    expect(late.message).toBe(
      'De indientermijn voor ALV december is verstreken: moties en amendementen konden tot en met 4 december 2026 worden ingediend (negen werkdagen vóór de vergadering).',
    );
    expect(await motionsOf(gouda)).toBe(before);

    // A concept may be kept after the deadline; submitting it is refused and leaves it a concept.
    const draft = await draftMemberMotion({
      db: f.db,
      writer: f.ctx,
      today: '2026-12-07',
      memberId: gouda,
      motion: { ...motion, title: 'Motie te laat' },
      submit: false,
    });
    expect(draft.status).toBe('draft');
    const refused = await refusal(
      submitBeforeDeadline({ db: f.db, writer: f.ctx, motionId: draft.id, today: '2026-12-07' }),
    );
    expect(refused.code).toBe('deadline_passed');
    expect((await getMotion(f.db, f.ctx.organisationId, draft.id))?.status).toBe('draft');
    const submitted = await submitBeforeDeadline({
      db: f.db,
      writer: f.ctx,
      motionId: draft.id,
      today: '2026-12-01',
    });
    expect(submitted.status).toBe('submitted');

    // A motion without an assembly cannot be submitted from the workspace.
    const loose = await draftMemberMotion({
      db: f.db,
      writer: f.ctx,
      today: '2026-12-01',
      memberId: gouda,
      motion: { title: 'Zonder vergadering' },
      submit: false,
    });
    expect(
      (
        await refusal(
          submitBeforeDeadline({ db: f.db, writer: f.ctx, motionId: loose.id, today: '2026-12-01' }),
        )
      ).code,
    ).toBe('meeting_required');

    // Amendments have the same deadline.
    const amendment = await amendBeforeDeadline({
      db: f.db,
      writer: f.ctx,
      today: '2026-12-04',
      motionId: on.id,
      memberId: amsterdam,
      title: 'Amendement Betaalbaar',
      text: 'Voeg toe: betaalbare huur.',
    });
    expect(amendment.status).toBe('submitted');
    const lateAmendment = await refusal(
      amendBeforeDeadline({
        db: f.db,
        writer: f.ctx,
        today: '2026-12-05',
        motionId: on.id,
        memberId: amsterdam,
        title: 'Te laat',
        text: '…',
      }),
    );
    expect(lateAmendment.code).toBe('deadline_passed');
  });

  it('makes an invited municipality a co-submitter only when it confirms', async () => {
    const motion = await draftMemberMotion({
      db: f.db,
      writer: f.ctx,
      today: '2026-12-01',
      memberId: gouda,
      motion: { title: 'Motie Jeugdzorg samen', meetingId },
      submit: false,
    });
    const invitation = await inviteCosubmitter({
      db: f.db,
      writer: f.ctx,
      motionId: motion.id,
      memberId: krimpen,
      at: '2026-12-01T09:00:00.000Z',
    });
    expect(invitation.status).toBe('pending');
    // Inviting twice changes nothing; a submitter cannot be invited.
    expect(
      (await inviteCosubmitter({ db: f.db, writer: f.ctx, motionId: motion.id, memberId: krimpen, at: 'x' }))
        .id,
    ).toBe(invitation.id);
    expect(
      (
        await refusal(
          inviteCosubmitter({ db: f.db, writer: f.ctx, motionId: motion.id, memberId: gouda, at: 'x' }),
        )
      ).code,
    ).toBe('already_submitter');
    expect((await getMotion(f.db, f.ctx.organisationId, motion.id))?.submitters).toHaveLength(1);

    // The invited municipality reads the concept through its invitation; another municipality does not.
    const read = { db: f.db, organisationId: f.ctx.organisationId };
    const seen = await loadInvitation({
      ...read,
      reader: memberReader(krimpen),
      invitationId: invitation.id,
    });
    expect(seen.motion.title).toBe('Motie Jeugdzorg samen');
    expect(
      (
        await refusal(
          loadInvitation({ ...read, reader: memberReader(amsterdam), invitationId: invitation.id }),
        )
      ).kind,
    ).toBe('not_found');
    expect(
      (await loadMemberWorkspace({ ...read, reader: memberReader(krimpen), memberId: krimpen, email: null }))
        .invitations,
    ).toHaveLength(1);

    // Only the invited member answers.
    expect(
      (
        await refusal(
          answerCosubmitInvitation({
            db: f.db,
            writer: f.ctx,
            invitationId: invitation.id,
            memberId: amsterdam,
            accept: true,
            at: '2026-12-02T09:00:00.000Z',
          }),
        )
      ).kind,
    ).toBe('not_found');
    const accepted = await answerCosubmitInvitation({
      db: f.db,
      writer: f.ctx,
      invitationId: invitation.id,
      memberId: krimpen,
      accept: true,
      at: '2026-12-02T09:00:00.000Z',
    });
    expect(accepted.status).toBe('accepted');
    expect(
      (await getMotion(f.db, f.ctx.organisationId, motion.id))?.submitters.map((s) => s.memberId),
    ).toEqual([gouda, krimpen]);
    expect(
      (
        await refusal(
          answerCosubmitInvitation({
            db: f.db,
            writer: f.ctx,
            invitationId: invitation.id,
            memberId: krimpen,
            accept: false,
            at: '2026-12-02T10:00:00.000Z',
          }),
        )
      ).code,
    ).toBe('invitation_answered');
    expect(await auditActions(f, invitation.id)).toEqual([
      'motion.cosubmitter-invited',
      'motion.cosubmitter-confirmed',
    ]);

    // Declining leaves the motion as it was; the municipality can be invited again.
    const second = await inviteCosubmitter({
      db: f.db,
      writer: f.ctx,
      motionId: motion.id,
      memberId: amsterdam,
      at: '2026-12-02T11:00:00.000Z',
    });
    await answerCosubmitInvitation({
      db: f.db,
      writer: f.ctx,
      invitationId: second.id,
      memberId: amsterdam,
      accept: false,
      at: '2026-12-02T12:00:00.000Z',
    });
    expect((await getMotion(f.db, f.ctx.organisationId, motion.id))?.submitters).toHaveLength(2);
    const again = await inviteCosubmitter({
      db: f.db,
      writer: f.ctx,
      motionId: motion.id,
      memberId: amsterdam,
      at: '2026-12-03T09:00:00.000Z',
    });
    expect(again).toMatchObject({ id: second.id, status: 'pending' });
    expect((await verifyAuditChain(f.db)).ok).toBe(true);
  });

  it('shows a municipality its own votes, registrations and follows, and others only what is public', async () => {
    const motion = await draftMemberMotion({
      db: f.db,
      writer: f.ctx,
      today: '2026-12-01',
      memberId: gouda,
      motion: { title: 'Motie Stemmen', call: 'verzoekt', meetingId },
      submit: true,
    });
    const vote = await createVote(f.db, f.ctx, { subject: 'Motie Stemmen', meetingId, motionId: motion.id });
    await setVoteStatus(f.db, f.ctx, { voteId: vote.id, from: 'created', to: 'open' });
    await castBallot(f.db, f.ctx, { voteId: vote.id, memberId: gouda, choice: 'for', weight: 5 });
    await castBallot(f.db, f.ctx, { voteId: vote.id, memberId: krimpen, choice: 'against', weight: 4 });
    await createRegistration(f.db, f.ctx, { meetingId, memberId: gouda, personName: 'Anna de Vries' });

    const read = { db: f.db, organisationId: f.ctx.organisationId };
    // Before publication: Gouda sees its own ballot, not Krimpenerwaard's; the public sees none.
    expect(
      (await findMemberBallots({ ...read, reader: memberReader(gouda), memberId: gouda })).map(
        (b) => b.choice,
      ),
    ).toEqual(['for']);
    expect(await findMemberBallots({ ...read, reader: memberReader(gouda), memberId: krimpen })).toEqual([]);
    expect(await findMemberBallots({ ...read, reader: ANONYMOUS, memberId: gouda })).toEqual([]);
    await setVoteStatus(f.db, f.ctx, { voteId: vote.id, from: 'open', to: 'closed' });
    await setVoteStatus(f.db, f.ctx, { voteId: vote.id, from: 'closed', to: 'published' });
    expect(
      (await findMemberBallots({ ...read, reader: ANONYMOUS, memberId: krimpen })).map((b) => [
        b.voteSubject,
        b.choice,
        b.weight,
      ]),
    ).toEqual([['Motie Stemmen', 'against', 4]]);

    await followAsAccount({
      db: f.db,
      writer: f.ctx,
      motionId: motion.id,
      email: 'Griffie@Gouda.example',
      at: '2026-12-02T09:00:00.000Z',
    });
    expect(await listFollowedMotionIds(f.db, f.ctx.organisationId, 'griffie@gouda.example')).toEqual([
      motion.id,
    ]);

    const own = await loadMemberWorkspace({
      ...read,
      reader: memberReader(gouda),
      memberId: gouda,
      email: 'griffie@gouda.example',
    });
    expect(own.registrations.map((r) => r.personName)).toEqual(['Anna de Vries']);
    expect(own.ballots.map((b) => b.voteSubject)).toEqual(['Motie Stemmen']);
    expect(own.followed.map((m) => m.id)).toEqual([motion.id]);
    expect(own.motions.some((m) => m.status === 'draft')).toBe(true);

    // Another municipality looking at Gouda: no concepts, no registrations, no invitations.
    const other = await loadMemberWorkspace({
      ...read,
      reader: memberReader(amsterdam),
      memberId: gouda,
      email: null,
    });
    expect(other.registrations).toEqual([]);
    expect(other.motions.some((m) => m.status === 'draft')).toBe(false);

    // A concept cannot be followed.
    const concept = own.motions.find((m) => m.status === 'draft');
    expect(
      (
        await refusal(
          followAsAccount({
            db: f.db,
            writer: f.ctx,
            motionId: concept!.id,
            email: 'x@y.nl',
            at: '2026-12-02',
          }),
        )
      ).kind,
    ).toBe('not_found');
  });
});
