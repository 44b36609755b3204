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

/** A concept motion, given the members it belongs to: only its submitters' representatives and the association's own people. */
export const canSeeMotionRecord = (
  reader: Principal,
  m: { status: string; memberIds: readonly (string | null)[] },
) => m.status !== 'draft' || can(reader, 'draft.read', { memberIds: m.memberIds });

export function canSeeMotion(reader: Principal, motion: Pick<MotionWithSubmitters, 'status' | 'submitters'>) {
  return canSeeMotionRecord(reader, { status: motion.status, memberIds: motionResource(motion).memberIds });
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

/** Whether the reader sees every draft there is (staff, board, chair, admin), not only its own member's. */
export const seesAllDrafts = (p: Principal) =>
  can(p, 'resolution.readDraft') && can(p, 'draft.read') && p.role !== 'member';

/** A record a document was imported into, as far as its visibility goes. */
export type DocumentSubject =
  | { kind: 'motion'; status: string; memberIds: (string | null)[] }
  | { kind: 'resolution'; status: string };

/** An upload waiting for confirmation (preview) is not imported yet: only for those who import. */
const IMPORTED = (status: string) => status !== 'pending' && status !== 'preview';

/**
 * A source document shows the text of every record drawn from it: visible only when all of them are (the
 * source of a concept resolution is as unpublished as the concept itself), and once it is imported.
 */
export function canSeeDocument(
  p: Principal,
  document: { status: string },
  subjects: readonly DocumentSubject[],
): boolean {
  if (!IMPORTED(document.status) && !can(p, 'document.write')) return false;
  return subjects.every((s) => (s.kind === 'motion' ? canSeeMotionRecord(p, s) : canSeeResolution(p, s)));
}

/** Document lists and search: a reader who does not see every draft sees no document drawn from one. */
export const documentListScope = (p: Principal): { withoutDraftSources: boolean; importedOnly: boolean } => ({
  withoutDraftSources: !seesAllDrafts(p),
  importedOnly: !can(p, 'document.write'),
});

/**
 * Ballots (choice and weight) of a vote are public once the vote is published; before that only for those who
 * run it, and a member's representative sees its own municipality's ballot.
 */
export const canSeeBallot = (p: Principal, vote: { status: string }, ballot: { memberId: string | null }) =>
  canSeeVoteResult(p, vote) || (p.memberId !== null && ballot.memberId === p.memberId);

/** Where files are kept on the server is for those who manage documents. */
export const canSeeStoragePaths = (p: Principal) => can(p, 'document.write');

/**
 * Readers with the same key see the same records (for caches of counts): the public, one municipality's
 * representatives, or the association's own people.
 */
export function visibilityKey(reader: Principal): string {
  const drafts = motionDrafts(reader);
  const motions = typeof drafts === 'string' ? drafts : `lid:${drafts.memberId}`;
  return `moties=${motions};resoluties=${resolutionDrafts(reader)}`;
}
