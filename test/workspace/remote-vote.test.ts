import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/auth/index.js';
import type { DomainError } from '../../src/domain/errors.js';
import type { ServiceError } from '../../src/services/errors.js';
import {
  castRemoteBallot,
  loadRemoteVote,
  openRemoteVote,
} from '../../src/services/remote-votes/remote-vote.js';
import { closeVote, publishVote } from '../../src/services/votes/move-vote.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { listRemoteVotes } from '../../src/store/repositories/remote-votes.js';
import { auditActions, openStoreFixture, type StoreFixture } from '../store/store-fixture.js';
import { ENGINES } from '../support/engines.js';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as ServiceError | DomainError,
  );

// A ledenraadpleging from 1 to 10 December 2026, its result put to the assembly of 17 December.
describe.each(ENGINES)('a remote weighted vote (ledenraadpleging), on %s', (engine) => {
  let f: StoreFixture;
  let assembly: string;
  let voteId: string;
  const read = () => ({ db: f.db, organisationId: f.ctx.organisationId, reader: ANONYMOUS });
  const cast = (member: string, today: string, choice: 'for' | 'against' | 'abstain' = 'for') =>
    castRemoteBallot({ db: f.db, writer: f.ctx, voteId, memberId: f.members[member], choice, today });

  beforeAll(async () => {
    f = await openStoreFixture(engine);
    assembly = (await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV december', date: '2026-12-17' }))
      .id;
  });
  afterAll(async () => f?.cleanup());

  it('refuses a period that ends before it starts and a ratification before the close', async () => {
    const base = { db: f.db, writer: f.ctx, subject: 'Raadpleging', at: '2026-11-30T12:00:00.000Z' };
    const reversed = await failure(
      openRemoteVote({ ...base, opensOn: '2026-12-10', closesOn: '2026-12-01' }),
    );
    expect((reversed as ServiceError).code).toBe('period_reversed');
    const early = await failure(
      openRemoteVote({
        ...base,
        opensOn: '2026-12-01',
        closesOn: '2026-12-20',
        ratificationMeetingId: assembly,
      }),
    );
    expect((early as ServiceError).code).toBe('ratification_before_close');
    expect(await listRemoteVotes(f.db, f.ctx.organisationId)).toEqual([]);
  });

  it('takes ballots during the period only, once per municipality, showing the response as it comes in', async () => {
    const opened = await openRemoteVote({
      db: f.db,
      writer: f.ctx,
      subject: 'Ledenraadpleging Cao gemeenten',
      opensOn: '2026-12-01',
      closesOn: '2026-12-10',
      ratificationMeetingId: assembly,
      at: '2026-11-30T12:00:00.000Z',
    });
    voteId = opened.vote.id;
    expect(opened.vote).toMatchObject({ status: 'open', meetingId: null });
    expect((await loadRemoteVote({ ...read(), voteId })).progress).toBe('0 van 3 gemeenten hebben gestemd');

    expect(((await failure(cast('GM0513', '2026-11-30'))) as ServiceError).code).toBe('not_open_yet');
    await cast('GM0513', '2026-12-01');
    expect((await loadRemoteVote({ ...read(), voteId })).progress).toBe('1 van 3 gemeenten heeft gestemd');
    expect(((await failure(cast('GM0513', '2026-12-02', 'against'))) as DomainError).code).toBe(
      'duplicate_ballot',
    );
    await cast('GM0363', '2026-12-10', 'against');
    expect(((await failure(cast('GM1931', '2026-12-11'))) as ServiceError).code).toBe('remote_vote_closed');
    const view = await loadRemoteVote({ ...read(), voteId });
    expect(view.progress).toBe('2 van 3 gemeenten hebben gestemd');
    expect(view.vote.result).toBeNull();
    expect(view.ratificationMeeting).toMatchObject({ id: assembly, title: 'ALV december' });
    expect(await auditActions(f, voteId)).toEqual([
      'vote.created',
      'vote.remote-opened',
      'vote.ballot-cast',
      'vote.ballot-cast',
    ]);
  });

  it('is tallied by the domain and put to the next assembly for ratification', async () => {
    await closeVote({ db: f.db, writer: f.ctx, voteId });
    await publishVote({ db: f.db, writer: f.ctx, voteId });
    const view = await loadRemoteVote({ ...read(), voteId });
    // Equal weights: one for, one against.
    expect(view.vote.result).toMatchObject({ for: 1, against: 1, percentageFor: 50, outcome: 'rejected' });
    const agenda = await listRemoteVotes(f.db, f.ctx.organisationId, { ratificationMeetingId: assembly });
    expect(agenda.map((r) => r.id)).toEqual([voteId]);
    expect(await listRemoteVotes(f.db, f.ctx.organisationId, { openOn: '2026-12-05' })).toHaveLength(1);
    expect(await listRemoteVotes(f.db, f.ctx.organisationId, { openOn: '2026-12-11' })).toHaveLength(0);
  });
});
