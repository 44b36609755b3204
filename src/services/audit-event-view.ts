import type { Principal } from '../auth/index.js';
import { canSeeStoragePaths, canSeeVoteResult } from './visibility.js';

/*
 * What a reader may see of the events in a record's audit trail: the trail itself is readable with the record
 * (visibility.ts); here the values of single events are narrowed.
 */

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
