import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Principal, type Role } from '../../src/auth/index.js';
import type { MotionStatus, VoteStatus } from '../../src/domain/types.js';
import { reindexAll } from '../../src/search/index.js';
import { ServiceError } from '../../src/services/errors.js';
import { findMotionFacets, findMotions } from '../../src/services/motions/find-motions.js';
import { loadMotionDetail } from '../../src/services/motions/load-motion-detail.js';
import { findResolutions } from '../../src/services/resolutions/find-resolutions.js';
import { loadResolutionDetail } from '../../src/services/resolutions/load-resolution-detail.js';
import type { ReadCase } from '../../src/services/types.js';
import { visibilityKey } from '../../src/services/visibility.js';
import { findVotes } from '../../src/services/votes/find-votes.js';
import { loadVoteDetail } from '../../src/services/votes/load-vote-detail.js';
import {
  createAccountabilityRound,
  upsertAccountabilityEntry,
} from '../../src/store/repositories/accountability.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { createResolution, createResolutionVersion } from '../../src/store/repositories/resolutions.js';
import { castBallot, createVote } from '../../src/store/repositories/votes.js';
import { openStoreFixture, type StoreFixture } from '../store/store-fixture.js';
import { ENGINES } from '../support/engines.js';

const as = (role: Role, memberId: string | null = null): Principal => ({
  ...ANONYMOUS,
  role,
  memberId,
  userId: role === 'public' ? null : `user-${role}`,
  label: role,
  via: role === 'public' ? 'anonymous' : 'token',
});

/**
 * The one read path: the reader is an input, and what it sees follows from its rights alone — the public sees
 * what is published, a member's representative that plus its own municipality's drafts, the association's
 * people everything. The API and the portal both call these use cases.
 */
describe.each(ENGINES)('read use cases on %s', (engine) => {
  let f: StoreFixture;
  let read: (reader: Principal) => ReadCase;
  const ids = {} as Record<string, string>;
  let gouda: Principal;
  let amsterdam: Principal;

  beforeAll(async () => {
    f = await openStoreFixture(engine);
    read = (reader) => ({ db: f.db, organisationId: f.ctx.organisationId, reader });
    gouda = as('member', f.members.GM0513);
    amsterdam = as('member', f.members.GM0363);
    const june = await createMeeting(f.db, f.ctx, {
      kind: 'alv',
      title: 'ALV juni 2025',
      date: '2025-06-18',
    });
    const december = await createMeeting(f.db, f.ctx, {
      kind: 'najaars-alv',
      title: 'Najaars-ALV 2025',
      date: '2025-12-10',
    });
    const motion = async (key: string, status: MotionStatus, code: string, title: string) => {
      ids[key] = (
        await createMotion(f.db, f.ctx, {
          title,
          topic: 'Leesregels',
          status,
          meetingId: status === 'draft' ? null : june.id,
          submittedAt: status === 'draft' ? null : '2025-06-01T10:00:00.000Z',
          submitters: [{ memberId: f.members[code], name: code }],
        })
      ).id;
    };
    await motion('goudaDraft', 'draft', 'GM0513', 'Concept van Gouda over jeugdzorg');
    await motion('amsterdamDraft', 'draft', 'GM0363', 'Concept van Amsterdam over jeugdzorg');
    await motion('adopted', 'adopted', 'GM0363', 'Aangenomen motie over jeugdzorg');
    await motion('submitted', 'submitted', 'GM0513', 'Ingediende motie over wonen');
    const round = await createAccountabilityRound(f.db, f.ctx, {
      meetingId: december.id,
      title: 'Ronde december',
    });
    await upsertAccountabilityEntry(f.db, f.ctx, {
      roundId: round.id,
      motionId: ids.adopted,
      text: 'Nog in voorbereiding',
      proposal: 'hold',
    });
    ids.draftResolution = (await createResolution(f.db, f.ctx, { title: 'Conceptresolutie' })).id;
    ids.resolution = (await createResolution(f.db, f.ctx, { title: 'Resolutie', status: 'published' })).id;
    await createResolutionVersion(f.db, f.ctx, {
      resolutionId: ids.resolution,
      label: 'concept',
      clauses: [{ section: 'operative', kind: 'requests', text: 'verzoekt het bestuur' }],
      publishedAt: '2025-05-01T10:00:00.000Z',
    });
    await createResolutionVersion(f.db, f.ctx, {
      resolutionId: ids.resolution,
      label: 'geactualiseerd',
      clauses: [{ section: 'operative', kind: 'requests', text: 'verzoekt het bestuur dringend' }],
    });
    const vote = async (key: string, status: VoteStatus) => {
      ids[key] = (
        await createVote(f.db, f.ctx, {
          meetingId: june.id,
          motionId: ids.submitted,
          subject: key,
          status,
          result: {
            for: 5,
            against: 3,
            abstain: 0,
            cast: 8,
            percentageFor: 62.5,
            abstentionsReported: { members: 0, weight: 0 },
            members: { for: 1, against: 1, abstain: 0 },
            eligibleWeight: 8,
            presentWeight: 8,
            quorumMet: true,
            byAcclamation: false,
            outcome: 'adopted',
          },
        })
      ).id;
      await castBallot(f.db, f.ctx, {
        voteId: ids[key],
        memberId: f.members.GM0513,
        choice: 'for',
        weight: 5,
      });
    };
    await vote('closedVote', 'closed');
    await vote('publishedVote', 'published');
    await reindexAll(f.db, f.ctx.organisationId);
  });
  afterAll(async () => f?.cleanup());

  const titles = async (reader: Principal, query = {}) =>
    (await findMotions({ ...read(reader), query: { ...query }, sort: 'title' })).items.map((m) => m.id);

  it('lists published motions for the public, plus its own drafts for a member, and everything for staff', async () => {
    const published = [ids.adopted, ids.submitted];
    expect(new Set(await titles(ANONYMOUS))).toEqual(new Set(published));
    expect(new Set(await titles(gouda))).toEqual(new Set([...published, ids.goudaDraft]));
    expect(new Set(await titles(amsterdam))).toEqual(new Set([...published, ids.amsterdamDraft]));
    expect(new Set(await titles(as('staff')))).toEqual(
      new Set([...published, ids.goudaDraft, ids.amsterdamDraft]),
    );
    expect(new Set(await titles(as('board')))).toEqual(new Set(await titles(as('staff'))));
    // A representative without a member sees what the public sees.
    expect(new Set(await titles(as('member')))).toEqual(new Set(published));
  });

  it('narrows by status, member and search inside what the reader may see', async () => {
    expect(await titles(ANONYMOUS, { status: ['draft'] })).toEqual([]);
    expect(await titles(gouda, { status: ['draft'] })).toEqual([ids.goudaDraft]);
    expect(await titles(gouda, { status: ['draft'], member: 'GM0363' })).toEqual([]);
    expect(await titles(gouda, { member: 'gm0363' })).toEqual([ids.adopted]);
    expect(await titles(as('staff'), { member: 'GM0363' })).toEqual([ids.adopted, ids.amsterdamDraft]);
    expect(await titles(ANONYMOUS, { member: 'GM9999' })).toEqual([]);
    // Stemmed search (jeugdzorg) and the plain substring match both respect the drafts rule.
    expect(new Set(await titles(gouda, { q: 'jeugdzorg' }))).toEqual(new Set([ids.adopted, ids.goudaDraft]));
    expect(await titles(ANONYMOUS, { q: 'Concept van' })).toEqual([]);
  });

  it('counts the facets over the same motions, cached per kind of reader', async () => {
    const statuses = async (reader: Principal) =>
      Object.fromEntries((await findMotionFacets(read(reader))).status.map((c) => [c.key, c.count]));
    expect(await statuses(ANONYMOUS)).toEqual({ adopted: 1, submitted: 1 });
    expect(await statuses(gouda)).toEqual({ adopted: 1, draft: 1, submitted: 1 });
    expect(await statuses(as('chair'))).toEqual({ adopted: 1, draft: 2, submitted: 1 });
    expect(visibilityKey(ANONYMOUS)).not.toBe(visibilityKey(gouda));
    expect(visibilityKey(gouda)).not.toBe(visibilityKey(amsterdam));
    expect(visibilityKey(as('staff'))).toBe(visibilityKey(as('board')));
  });

  it('refuses a motion the reader may not see exactly as a missing one', async () => {
    const load = (reader: Principal, motionId: string) => loadMotionDetail({ ...read(reader), motionId });
    await expect(load(ANONYMOUS, ids.goudaDraft)).rejects.toMatchObject({
      kind: 'not_found',
      code: 'not_found',
    });
    await expect(load(amsterdam, ids.goudaDraft)).rejects.toBeInstanceOf(ServiceError);
    await expect(load(ANONYMOUS, 'bestaat-niet')).rejects.toMatchObject({ kind: 'not_found' });
    expect((await load(gouda, ids.goudaDraft)).motion.title).toBe('Concept van Gouda over jeugdzorg');
    expect((await load(as('admin'), ids.amsterdamDraft)).motion.status).toBe('draft');
  });

  it('loads only the parts asked for, each as the reader may see it', async () => {
    const detail = (reader: Principal) =>
      loadMotionDetail({ ...read(reader), motionId: ids.adopted, include: ['entries', 'parts'] });
    const publicView = await detail(ANONYMOUS);
    expect(publicView.entries).toEqual([]);
    expect(publicView.parts).toEqual([]);
    expect(publicView).not.toHaveProperty('transitions');
    expect((await detail(gouda)).entries).toEqual([]);
    expect((await detail(as('board'))).entries.map((e) => e.proposal)).toEqual(['hold']);
    const votes = await loadMotionDetail({
      ...read(ANONYMOUS),
      motionId: ids.submitted,
      include: ['publishedVotes'],
    });
    expect(votes.publishedVotes.map((v) => v.id)).toEqual([ids.publishedVote]);
  });

  it('keeps concept resolutions and unpublished versions to the bureau, the board and the chair', async () => {
    const listed = async (reader: Principal) =>
      (await findResolutions({ ...read(reader), sort: 'title' })).items.map((r) => r.id);
    expect(await listed(ANONYMOUS)).toEqual([ids.resolution]);
    expect(await listed(gouda)).toEqual([ids.resolution]);
    expect(await listed(as('board'))).toEqual([ids.draftResolution, ids.resolution]);
    expect(await listed(as('board'))).toEqual(
      (await findResolutions({ ...read(as('board')), query: { q: 'resolutie' }, sort: 'title' })).items.map(
        (r) => r.id,
      ),
    );
    await expect(
      loadResolutionDetail({ ...read(gouda), resolutionId: ids.draftResolution }),
    ).rejects.toMatchObject({ kind: 'not_found' });
    const versions = async (reader: Principal) =>
      (
        await loadResolutionDetail({ ...read(reader), resolutionId: ids.resolution, include: ['versions'] })
      ).versions.map((v) => v.label);
    expect(await versions(ANONYMOUS)).toEqual(['concept']);
    expect(await versions(as('staff'))).toEqual(['concept', 'geactualiseerd']);
  });

  it('shows every vote but withholds the result and the ballots until publication', async () => {
    const results = async (reader: Principal) =>
      Object.fromEntries(
        (await findVotes({ ...read(reader), query: { motionId: ids.submitted } })).items.map((v) => [
          v.subject,
          v.result !== null,
        ]),
      );
    expect(await results(ANONYMOUS)).toEqual({ closedVote: false, publishedVote: true });
    expect(await results(gouda)).toEqual({ closedVote: false, publishedVote: true });
    expect(await results(as('chair'))).toEqual({ closedVote: true, publishedVote: true });
    const ballots = async (reader: Principal, voteId: string) =>
      (await loadVoteDetail({ ...read(reader), voteId, include: ['ballots'] })).ballots.length;
    expect(await ballots(ANONYMOUS, ids.closedVote)).toBe(0);
    expect(await ballots(ANONYMOUS, ids.publishedVote)).toBe(1);
    expect(await ballots(as('staff'), ids.closedVote)).toBe(1);
    expect((await loadVoteDetail({ ...read(ANONYMOUS), voteId: ids.closedVote })).vote.result).toBeNull();
  });
});
