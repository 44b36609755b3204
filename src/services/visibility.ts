import { can, type Principal, scopeFor } from '../auth/index.js';
import type { DraftsFilter, MotionWithSubmitters } from '../store/repositories/motions.js';

/*
 * Who may read what: the one place where a reader (a Principal — the anonymous public, a member's
 * representative, the association's staff, board or chair, an administrator) becomes the filters and checks of
 * the read use cases. The rights themselves are lines of the policy table (src/auth/policies.ts); the API and the
 * portal never decide visibility on their own, they call the read use cases beside this file.
 */

/** The members a motion belongs to (its submitters): what an 'own-member' policy looks at. */
export const motionResource = (m: Pick<MotionWithSubmitters, 'submitters'>) => ({
  memberIds: m.submitters.map((s) => s.memberId),
});

/**
 * The concept motions a reader sees: every draft for the association's own people, the drafts of its own
 * municipality for a member's representative, none for the public. Everything else is public.
 */
export function motionDrafts(reader: Principal): DraftsFilter {
  const scope = scopeFor('draft.read', reader.role);
  if (scope === 'all') return 'all';
  if (scope === 'own-member' && reader.memberId) return { memberId: reader.memberId };
  return 'none';
}

export function canSeeMotion(reader: Principal, motion: Pick<MotionWithSubmitters, 'status' | 'submitters'>) {
  return motion.status !== 'draft' || can(reader, 'draft.read', motionResource(motion));
}

/** Concept resolutions and unpublished versions are the bureau's and the board's work in progress. */
export const resolutionDrafts = (reader: Principal): 'all' | 'none' =>
  can(reader, 'resolution.readDraft') ? 'all' : 'none';

export const canSeeResolution = (reader: Principal, resolution: { status: string }) =>
  resolution.status !== 'draft' || resolutionDrafts(reader) === 'all';

export const canSeeResolutionVersion = (reader: Principal, version: { publishedAt: string | null }) =>
  version.publishedAt !== null || resolutionDrafts(reader) === 'all';

/** A vote is public from the start; its result (and the named ballots) once it is published. */
export const canSeeVoteResult = (reader: Principal, vote: { status: string }) =>
  vote.status === 'published' || can(reader, 'vote.readUnpublished');

/** While a round is open, its entries (text and proposal) are drafts of the bureau, the board and the chair. */
export const canSeeAccountabilityEntry = (reader: Principal, entry: { round: { status: string } }) =>
  entry.round.status !== 'open' || can(reader, 'accountability.readDraft');

/**
 * Readers with the same key see the same records (for caches of counts): the public, one municipality's
 * representatives, or the association's own people.
 */
export function visibilityKey(reader: Principal): string {
  const drafts = motionDrafts(reader);
  const motions = typeof drafts === 'string' ? drafts : `lid:${drafts.memberId}`;
  return `moties=${motions};resoluties=${resolutionDrafts(reader)}`;
}

/**
 * A municipality's registrations for meetings (who of it comes, with their wishes): the bureau and the chair
 * see all, a member's representative those of its own municipality.
 */
export const canSeeMemberRegistrations = (reader: Principal, memberId: string) =>
  can(reader, 'registration.read') || (reader.role === 'member' && reader.memberId === memberId);

/** The invitations to co-submit that a municipality received or sent are its own business and the bureau's. */
export const canSeeMemberInvitations = (reader: Principal, memberId: string) =>
  can(reader, 'draft.read', { memberIds: [memberId] });
