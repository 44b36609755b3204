import {
  type BoundedCount,
  SEARCH_KINDS,
  type SearchHit,
  type SearchKind,
  searchAll,
  searchCount,
  searchIds,
} from '../../search/index.js';
import { listDocumentsDrawnFromDrafts } from '../../store/repositories/document-subjects.js';
import { listDraftIdsAmong } from '../../store/repositories/web-queries.js';
import { findMotions } from '../motions/find-motions.js';
import { findVisibleDocument } from '../registers/find-visible-document.js';
import type { ReadCase } from '../types.js';
import { motionDrafts, resolutionDrafts } from '../visibility.js';

type HiddenKind = 'motion' | 'resolution' | 'document';
const HIDDEN_KINDS: readonly HiddenKind[] = ['motion', 'resolution', 'document'];
const isHiddenKind = (k: SearchKind): k is HiddenKind => (HIDDEN_KINDS as readonly string[]).includes(k);

type Hideable = Pick<SearchHit, 'kind' | 'id'>;
const keyOf = (h: Hideable) => `${h.kind}:${h.id}`;

/**
 * Which of these hits the reader may not see (src/services/visibility.ts): concept motions other than its own
 * municipality's (a member's representative sees those), concept resolutions, and documents drawn from a concept.
 * Asked of the hits a page looks at (at most a thousand), each tested by its id, so the cost follows the page and
 * not the number of concepts in the register. Keys `kind:id`.
 */
async function hiddenAmong(read: ReadCase, hits: readonly Hideable[]): Promise<Set<string>> {
  const motions = motionDrafts(read.reader);
  const resolutions = resolutionDrafts(read.reader);
  const hidden = new Set<string>();
  if (motions === 'all' && resolutions === 'all') return hidden;
  const { db, organisationId: org } = read;
  const idsOf = (kind: HiddenKind) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const drafts = await listDraftIdsAmong(db, org, {
    motion: idsOf('motion'),
    resolution: idsOf('resolution'),
  });
  const own =
    typeof motions === 'object' && drafts.motion.length > 0
      ? new Set(
          (
            await findMotions({ ...read, query: { status: ['draft'] }, page: { limit: 1000, offset: 0 } })
          ).items.map((m) => m.id),
        )
      : new Set<string>();
  if (motions !== 'all')
    for (const id of drafts.motion) if (!own.has(id)) hidden.add(keyOf({ kind: 'motion', id }));
  if (resolutions !== 'all')
    for (const id of drafts.resolution) hidden.add(keyOf({ kind: 'resolution', id }));
  // Source documents of concepts are as unpublished as the concepts themselves.
  for (const id of await listDocumentsDrawnFromDrafts(db, org, idsOf('document')))
    if (!(await findVisibleDocument({ db, organisationId: org, reader: read.reader, documentId: id })))
      hidden.add(keyOf({ kind: 'document', id }));
  return hidden;
}

/**
 * How many of a kind's matches the reader may not see, for the kinds whose count is exact (at most
 * SEARCH_COUNT_BOUND matches, read as ids and tested); a count beyond the bound is shown as "meer dan 1.000"
 * whatever a few drafts take from it.
 */
async function hiddenCounts(read: ReadCase, q: string, exact: readonly HiddenKind[]) {
  const counts = { motion: 0, resolution: 0, document: 0 };
  for (const kind of exact) {
    const ids = await searchIds(read.db, read.organisationId, kind, q);
    counts[kind] = (
      await hiddenAmong(
        read,
        ids.map((id) => ({ kind, id })),
      )
    ).size;
  }
  return counts;
}

/** Keeps a value until the next write (the portal's per-register-version counts cache). */
export type KeepUntilWrite = <T>(key: string, load: () => Promise<T>) => Promise<T>;

export type VisibleSearch = {
  hits: SearchHit[];
  total: number;
  totalIsLowerBound: boolean;
  all: BoundedCount;
  perKind: ({ kind: SearchKind } & BoundedCount)[];
};

/**
 * One page of search results as this reader may see them (the search page, /zoeken): the page's hits without the
 * drafts it may not see, the count of the kind asked for, and the counts per kind and in all. Counts stop at
 * SEARCH_COUNT_BOUND ("meer dan 1.000"); below it the hidden drafts are taken off (docs/adr/038).
 */
export async function searchVisible(
  read: ReadCase,
  options: { q: string; kind: SearchKind | null; page: number; pageSize: number; keep: KeepUntilWrite },
): Promise<VisibleSearch> {
  const { db, organisationId: org } = read;
  const { q, kind, page, pageSize, keep } = options;
  const kinds = kind ? [kind] : undefined;
  const wanted = page * pageSize;
  // The first matches a page needs (a page more for a reader who may not see every draft), and more while
  // hidden drafts leave too few (at most a thousand).
  const seesAll = motionDrafts(read.reader) === 'all' && resolutionDrafts(read.reader) === 'all';
  let window = Math.min(wanted + (seesAll ? 0 : pageSize), 1000);
  let found = await searchAll(db, org, { q, kinds, limit: window, offset: 0 });
  let hidden = await hiddenAmong(read, found.items);
  while (found.items.length - hidden.size < wanted && found.items.length === window && window < 1000) {
    window = Math.min(window * 4, 1000);
    found = await searchAll(db, org, { q, kinds, limit: window, offset: 0 });
    hidden = await hiddenAmong(read, found.items);
  }
  const hits = found.items.filter((h) => !hidden.has(keyOf(h))).slice((page - 1) * pageSize, wanted);
  // Totals per kind and in all: the same for every page of this query, so kept until the next write; the
  // hidden drafts among them per kind of reader likewise.
  const totals = await keep(`search-kinds:${q}`, () =>
    Promise.all([...SEARCH_KINDS.map((k) => searchCount(db, org, q, [k])), searchCount(db, org, q)]),
  );
  const exact = HIDDEN_KINDS.filter((k) => !totals[SEARCH_KINDS.indexOf(k)].totalIsLowerBound);
  const reader = `${read.reader.role}:${read.reader.memberId ?? ''}`;
  const hiddenPerKind = await keep(`search-hidden:${reader}:${q}`, () => hiddenCounts(read, q, exact));
  const hiddenCount = (k: SearchKind | null) =>
    k === null
      ? hiddenPerKind.motion + hiddenPerKind.resolution + hiddenPerKind.document
      : isHiddenKind(k)
        ? hiddenPerKind[k]
        : 0;
  // A few hidden drafts do not change a count beyond the bound.
  const visible = (count: BoundedCount, k: SearchKind | null): BoundedCount =>
    count.totalIsLowerBound
      ? { total: count.total, totalIsLowerBound: true }
      : { total: Math.max(0, count.total - hiddenCount(k)), totalIsLowerBound: false };
  return {
    hits,
    ...visible(found, kind),
    all: visible(totals[SEARCH_KINDS.length], null),
    perKind: SEARCH_KINDS.map((k, i) => ({ kind: k, ...visible(totals[i], k) })),
  };
}
