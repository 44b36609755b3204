import type { FastifyInstance } from 'fastify';
import {
  hasSearchWords,
  SEARCH_KINDS,
  type SearchHit,
  type SearchKind,
  searchAll,
  searchCount,
  searchIds,
} from '../../search/index.js';
import { findMotions } from '../../services/motions/find-motions.js';
import { findVisibleDocument } from '../../services/registers/find-visible-document.js';
import type { ReadCase } from '../../services/types.js';
import { motionDrafts, resolutionDrafts } from '../../services/visibility.js';
import { listDocumentsDrawnFromDrafts } from '../../store/repositories/document-subjects.js';
import { listDraftIdsAmong } from '../../store/repositories/web-queries.js';
import { KIND_NAMES, SearchPage } from '../pages/SearchPage.js';
import { queryPage, queryString, readCaseOf, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 20;
type HiddenKind = 'motion' | 'resolution' | 'document';
const HIDDEN_KINDS: readonly string[] = ['motion', 'resolution', 'document'];

const kindOf = (param: string): SearchKind | null =>
  SEARCH_KINDS.find((k) => KIND_NAMES[k].param === param) ?? null;

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

export function searchRoutes(app: FastifyInstance, web: Web): void {
  app.get('/zoeken', async (request, reply) => {
    const { db, organisation } = web.ctx;
    const org = organisation.id;
    const q = queryString(request.query, 'q').slice(0, 300);
    const kind = kindOf(queryString(request.query, 'soort'));
    const page = queryPage(request.query);
    const words = hasSearchWords(q);
    let hits: SearchHit[] = [];
    let total = 0;
    let totalIsLowerBound = false;
    let all = { total: 0, totalIsLowerBound: false };
    let perKind: { kind: SearchKind; total: number; totalIsLowerBound: boolean }[] = [];
    if (words) {
      const read = readCaseOf(web, request);
      const wanted = page * PAGE_SIZE;
      // The first matches a page needs (a page more for a reader who may not see every draft), and more while
      // hidden drafts leave too few (at most a thousand).
      const seesAll = motionDrafts(read.reader) === 'all' && resolutionDrafts(read.reader) === 'all';
      let window = Math.min(wanted + (seesAll ? 0 : PAGE_SIZE), 1000);
      let found = await searchAll(db, org, { q, kinds: kind ? [kind] : undefined, limit: window, offset: 0 });
      let hidden = await hiddenAmong(read, found.items);
      while (found.items.length - hidden.size < wanted && found.items.length === window && window < 1000) {
        window = Math.min(window * 4, 1000);
        found = await searchAll(db, org, { q, kinds: kind ? [kind] : undefined, limit: window, offset: 0 });
        hidden = await hiddenAmong(read, found.items);
      }
      hits = found.items.filter((h) => !hidden.has(keyOf(h))).slice((page - 1) * PAGE_SIZE, wanted);
      // Totals per kind and in all: the same for every page of this query, so kept until the next write; the
      // hidden drafts among them per kind of reader likewise.
      const totals = await web.counts(web, `search-kinds:${q}`, () =>
        Promise.all([...SEARCH_KINDS.map((k) => searchCount(db, org, q, [k])), searchCount(db, org, q)]),
      );
      const countOf = (k: SearchKind) => totals[SEARCH_KINDS.indexOf(k)];
      const exact = (HIDDEN_KINDS as readonly HiddenKind[]).filter((k) => !countOf(k).totalIsLowerBound);
      const reader = `${read.reader.role}:${read.reader.memberId ?? ''}`;
      const hiddenPerKind = await web.counts(web, `search-hidden:${reader}:${q}`, () =>
        hiddenCounts(read, q, exact),
      );
      const isHiddenKind = (k: SearchKind): k is HiddenKind => HIDDEN_KINDS.includes(k);
      const hiddenCount = (k: SearchKind | null) =>
        k === null
          ? hiddenPerKind.motion + hiddenPerKind.resolution + hiddenPerKind.document
          : isHiddenKind(k)
            ? hiddenPerKind[k]
            : 0;
      // Counts stop at SEARCH_COUNT_BOUND ("meer dan 1.000"); a few hidden drafts do not change that.
      const visible = (count: { total: number; totalIsLowerBound: boolean }, k: SearchKind | null) =>
        count.totalIsLowerBound ? count : { ...count, total: Math.max(0, count.total - hiddenCount(k)) };
      ({ total, totalIsLowerBound } = visible(found, kind));
      perKind = SEARCH_KINDS.map((k, i) => ({ kind: k, ...visible(totals[i], k) }));
      all = visible(totals[SEARCH_KINDS.length], null);
    }
    const data = {
      q,
      kind,
      hits,
      total,
      totalIsLowerBound,
      all,
      perKind,
      page,
      pageSize: PAGE_SIZE,
      hasWords: words,
    };
    return sendPage(reply, <SearchPage ctx={await web.pageContext(request)} data={data} />);
  });
}
