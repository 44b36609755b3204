import { can } from './authorize.js';
import type { Principal } from './roles.js';

/*
 * Who may read the parts of a record: its versions, ballots, source documents and audit trail follow the
 * visibility of the record they belong to. A member's representative sees what the public sees plus the
 * drafts of its own municipality; the association's own people see everything. The API and the portal call
 * these functions on every read path; the rights themselves are lines of the policy table (policies.ts).
 */

/** A concept motion: only its submitters' representatives and the association's own people. */
export const canSeeMotionRecord = (
  p: Principal,
  m: { status: string; memberIds: readonly (string | null)[] },
) => m.status !== 'draft' || can(p, 'draft.read', { memberIds: m.memberIds });

/** Concept resolutions and unpublished versions are the bureau's and the board's work in progress. */
export const canSeeResolution = (p: Principal, r: { status: string }) =>
  r.status !== 'draft' || can(p, 'resolution.readDraft');

const PUBLIC_RESOLUTION_STATUSES = ['published', 'adopted', 'rejected', 'withdrawn'];

/**
 * Narrows a resolution list's status filter to what the reader may see: undefined = every status, null = the
 * reader asked only for what it may not see.
 */
export function visibleResolutionStatuses(
  p: Principal,
  wanted: string[] | undefined,
): string[] | undefined | null {
  if (can(p, 'resolution.readDraft')) return wanted;
  const allowed = (wanted ?? PUBLIC_RESOLUTION_STATUSES).filter((s) => s !== 'draft');
  return allowed.length > 0 ? allowed : null;
}

export const canSeeResolutionVersion = (p: Principal, v: { publishedAt: string | null }) =>
  v.publishedAt !== null || can(p, 'resolution.readDraft');

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
 * Ballots (choice and weight) and the tally of a vote are public once the vote is published; before that only
 * for those who run it, and a member's representative sees its own municipality's ballot.
 */
export const canSeeVoteResult = (p: Principal, vote: { status: string }) =>
  vote.status === 'published' || can(p, 'vote.readUnpublished');

export const canSeeBallot = (p: Principal, vote: { status: string }, ballot: { memberId: string | null }) =>
  canSeeVoteResult(p, vote) || (p.memberId !== null && ballot.memberId === p.memberId);

/** Where files are kept on the server is for those who manage documents. */
export const canSeeStoragePaths = (p: Principal) => can(p, 'document.write');

/** An audit event as the trail shows it: what the reader may see of its values. */
export type AuditView = { oldValues: unknown; newValues: unknown; hidden: boolean };

const PATH_KEYS = new Set(['storagePath', 'storage_path', 'path', 'filePath', 'file_path']);

/** Drops file paths from logged values, at any depth. */
function withoutPaths(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPaths);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !PATH_KEYS.has(key))
      .map(([key, v]) => [key, withoutPaths(v)]),
  );
}

/**
 * The values of one event of a record the reader may see. Of a vote that is not yet published, the reader sees
 * that ballots were cast but not the choice and weight of another municipality, nor the tally; file paths only
 * for those who manage documents.
 */
export function auditEventView(
  p: Principal,
  record: { kind: string; vote?: { status: string } },
  event: { action: string; oldValues: unknown; newValues: unknown },
): AuditView {
  if (record.kind === 'vote' && record.vote && !canSeeVoteResult(p, record.vote)) {
    const own =
      event.action === 'vote.ballot-cast' &&
      p.memberId !== null &&
      (event.newValues as { memberId?: string } | null)?.memberId === p.memberId;
    const values = event.newValues as { result?: unknown } | null;
    const revealing = event.action === 'vote.ballot-cast' || (values?.result ?? null) !== null;
    if (revealing && !own) return { oldValues: null, newValues: null, hidden: true };
  }
  if (!canSeeStoragePaths(p))
    return {
      oldValues: withoutPaths(event.oldValues),
      newValues: withoutPaths(event.newValues),
      hidden: false,
    };
  return { oldValues: event.oldValues, newValues: event.newValues, hidden: false };
}
