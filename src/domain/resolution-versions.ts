import { assertTimestamp } from './dates.js';
import { DomainError, illegalTransition } from './errors.js';
import type { ClauseKind, Id, IsoTimestamp, ResolutionStatus, ResolutionVersionLabel } from './types.js';

/** The facts of a version the rules read; a stored version record has them all. */
export type VersionFacts = { id: Id; resolutionId: Id; number: number; publishedAt: IsoTimestamp | null };
/** What the clause diff compares. */
export type ClauseText = { kind: ClauseKind; text: string };

/** Published and adopted text is the record: it is never edited, only superseded. */
export function assertVersionEditable(version: Pick<VersionFacts, 'number' | 'publishedAt'>): void {
  if (version.publishedAt !== null) {
    throw new DomainError('version_immutable', `Version ${version.number} is published and cannot change`);
  }
}

/** The next version of a resolution (numbered after the latest); refused once the text is adopted. */
export function createResolutionVersion<C extends ClauseText>(options: {
  resolution: { id: Id; adoptedVersionId: Id | null };
  versions: readonly Pick<VersionFacts, 'number'>[];
  label: ResolutionVersionLabel;
  clauses: readonly C[];
}): { resolutionId: Id; number: number; label: ResolutionVersionLabel; publishedAt: null; clauses: C[] } {
  const { resolution } = options;
  if (resolution.adoptedVersionId !== null) {
    throw new DomainError('version_immutable', 'The resolution is adopted; its text is frozen');
  }
  const latest = Math.max(0, ...options.versions.map((version) => version.number));
  return {
    resolutionId: resolution.id,
    number: latest + 1,
    label: options.label,
    publishedAt: null,
    clauses: [...options.clauses],
  };
}

export function publishResolutionVersion<V extends Pick<VersionFacts, 'number' | 'publishedAt'>>(options: {
  version: V;
  at: IsoTimestamp;
}): V {
  assertVersionEditable(options.version);
  assertTimestamp(options.at);
  return { ...options.version, publishedAt: options.at };
}

/** Adoption freezes the text of one published version of the resolution. */
export function adoptResolution<
  R extends { id: Id; status: ResolutionStatus; adoptedVersionId: Id | null; byAcclamation: boolean },
>(options: { resolution: R; version: VersionFacts; byAcclamation?: boolean }): R {
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
    byAcclamation: options.byAcclamation ?? false,
  };
}

export type ClauseChange<C extends ClauseText = ClauseText> =
  | { type: 'unchanged'; before: C; after: C }
  | { type: 'changed'; before: C; after: C }
  | { type: 'added'; after: C }
  | { type: 'removed'; before: C };

/**
 * Clause-by-clause diff: clauses are matched on identical text (longest common subsequence),
 * and an unmatched removal directly followed by an unmatched addition of the same kind is a change.
 */
export function diffClauses<C extends ClauseText>(
  before: readonly C[],
  after: readonly C[],
): ClauseChange<C>[] {
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = same(before[i], after[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const changes: ClauseChange<C>[] = [];
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

function same(a: ClauseText, b: ClauseText): boolean {
  return a.kind === b.kind && a.text.trim() === b.text.trim();
}
