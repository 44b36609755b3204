import { randomUUID } from 'node:crypto';
import { assertTimestamp } from './dates.js';
import { DomainError, illegalTransition } from './errors.js';
import type {
  Clause,
  Id,
  IsoTimestamp,
  Resolution,
  ResolutionVersion,
  ResolutionVersionLabel,
} from './types.js';

/** Published and adopted text is the record: it is never edited, only superseded. */
export function assertVersionEditable(version: ResolutionVersion): void {
  if (version.publishedAt !== null) {
    throw new DomainError('version_immutable', `Version ${version.sequence} is published and cannot change`);
  }
}

export function createResolutionVersion(options: {
  resolution: Resolution;
  versions: readonly ResolutionVersion[];
  label: ResolutionVersionLabel;
  clauses: readonly Omit<Clause, 'id' | 'versionId'>[];
  at: IsoTimestamp;
  createId?: () => Id;
}): ResolutionVersion {
  const { resolution } = options;
  if (resolution.adoptedVersionId !== null) {
    throw new DomainError('version_immutable', 'The resolution is adopted; its text is frozen');
  }
  assertTimestamp(options.at);
  const createId = options.createId ?? randomUUID;
  const latest = [...options.versions].sort((a, b) => b.sequence - a.sequence)[0];
  const id = createId();
  return {
    id,
    resolutionId: resolution.id,
    sequence: (latest?.sequence ?? 0) + 1,
    label: options.label,
    supersedesId: latest?.id ?? null,
    publishedAt: null,
    clauses: options.clauses.map((clause) => ({ ...clause, id: createId(), versionId: id })),
    createdAt: options.at,
  };
}

export function publishResolutionVersion(options: {
  version: ResolutionVersion;
  at: IsoTimestamp;
}): ResolutionVersion {
  assertVersionEditable(options.version);
  assertTimestamp(options.at);
  return { ...options.version, publishedAt: options.at };
}

/** Adoption freezes the text of one published version ("gewijzigde versie aangenomen" when amended). */
export function adoptResolution(options: {
  resolution: Resolution;
  version: ResolutionVersion;
  amended?: boolean;
  byAcclamation?: boolean;
  voteId?: Id | null;
}): Resolution {
  const { resolution, version } = options;
  if (resolution.status !== 'draft' && resolution.status !== 'published') {
    throw illegalTransition({ entity: 'resolution', current: resolution.status, to: 'adopted', allowed: [] });
  }
  if (version.resolutionId !== resolution.id || version.publishedAt === null) {
    throw new DomainError(
      'illegal_transition',
      'Only a published version of this resolution can be adopted',
      {
        current: resolution.status,
      },
    );
  }
  return {
    ...resolution,
    status: 'adopted',
    adoptedVersionId: version.id,
    adoptedAmended: options.amended ?? false,
    byAcclamation: options.byAcclamation ?? false,
    voteId: options.voteId ?? null,
  };
}

export type ClauseChange =
  | { type: 'unchanged'; before: Clause; after: Clause }
  | { type: 'changed'; before: Clause; after: Clause }
  | { type: 'added'; after: Clause }
  | { type: 'removed'; before: Clause };

/**
 * Clause-by-clause diff: clauses are matched on identical text (longest common subsequence),
 * and an unmatched removal directly followed by an unmatched addition of the same kind is a change.
 */
export function diffClauses(before: readonly Clause[], after: readonly Clause[]): ClauseChange[] {
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = same(before[i], after[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const changes: ClauseChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(before[i], after[j])) {
      changes.push({ type: 'unchanged', before: before[i++], after: after[j++] });
    } else if (i < n && j < m && before[i].kind === after[j].kind && lcs[i + 1][j + 1] === lcs[i][j]) {
      changes.push({ type: 'changed', before: before[i++], after: after[j++] });
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      changes.push({ type: 'added', after: after[j++] });
    } else {
      changes.push({ type: 'removed', before: before[i++] });
    }
  }
  return changes;
}

function same(a: Clause, b: Clause): boolean {
  return a.kind === b.kind && a.text.trim() === b.text.trim();
}
