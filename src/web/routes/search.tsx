import type { FastifyInstance } from 'fastify';
import {
  hasSearchWords,
  SEARCH_KINDS,
  type SearchHit,
  type SearchKind,
  searchAll,
  searchCount,
  searchFilter,
} from '../../search/index.js';
import { findMotions } from '../../services/motions/find-motions.js';
import { findVisibleDocument } from '../../services/registers/find-visible-document.js';
import type { ReadCase } from '../../services/types.js';
import { motionDrafts, resolutionDrafts } from '../../services/visibility.js';
import { listDraftSourceDocumentIds } from '../../store/repositories/document-subjects.js';
import { listDraftIds } from '../../store/repositories/web-queries.js';
import { KIND_NAMES, SearchPage } from '../pages/SearchPage.js';
import { queryPage, queryString, readCaseOf, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 20;
type HiddenKind = 'motion' | 'resolution' | 'document';
const HIDDEN_KINDS: readonly string[] = ['motion', 'resolution', 'document'];

const kindOf = (param: string): SearchKind | null =>
  SEARCH_KINDS.find((k) => KIND_NAMES[k].param === param) ?? null;

/**
 * The drafts matching q that the reader may not see, per kind (src/services/visibility.ts: a member's
 * representative sees its own municipality's concept motions, the association's people every draft). The
 * concept motions and resolutions are read from their status and each tested against the search's own match;
 * so are the documents drawn from a concept, found from the concepts through provenance.
 */
async function hiddenDrafts(read: ReadCase, q: string) {
  const motions = motionDrafts(read.reader);
  const resolutions = resolutionDrafts(read.reader);
  const none = { motion: new Set<string>(), resolution: new Set<string>(), document: new Set<string>() };
  if (motions === 'all' && resolutions === 'all') return none;
  const { db, organisationId: org } = read;
  // Each draft is tested against the match (not the match read in full: a common word has thousands).
  const [motionMatch, resolutionMatch, documentMatch] = await Promise.all(
    (['motion', 'resolution', 'document'] as const).map((k) => searchFilter(db, org, k, q)),
  );
  if (!motionMatch || !resolutionMatch || !documentMatch) return none;
  const drafts = await listDraftIds(db, org, {
    motion: motionMatch.matches('motions.id'),
    resolution: resolutionMatch.matches('resolutions.id'),
  });
  const own =
    typeof motions === 'object' && drafts.motion.length > 0
      ? new Set(
          (
            await findMotions({ ...read, query: { status: ['draft'] }, page: { limit: 1000, offset: 0 } })
          ).items.map((m) => m.id),
        )
      : new Set<string>();
  // Source documents of concepts are as unpublished as the concepts themselves.
  const documents = new Set<string>();
  for (const id of await listDraftSourceDocumentIds(db, org, documentMatch.matches))
    if (!(await findVisibleDocument({ db, organisationId: org, reader: read.reader, documentId: id })))
      documents.add(id);
  return {
    motion: new Set(motions === 'all' ? [] : drafts.motion.filter((id) => !own.has(id))),
    resolution: new Set(resolutions === 'all' ? [] : drafts.resolution),
    document: documents,
  };
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
      const hidden = await hiddenDrafts(readCaseOf(web, request), q);
      const isHiddenKind = (k: SearchKind): k is HiddenKind => HIDDEN_KINDS.includes(k);
      const hiddenCount = (k: SearchKind | null) =>
        k === null
          ? hidden.motion.size + hidden.resolution.size + hidden.document.size
          : isHiddenKind(k)
            ? hidden[k].size
            : 0;
      const isHidden = (h: SearchHit) => isHiddenKind(h.kind) && hidden[h.kind].has(h.id);
      const window = Math.min(page * PAGE_SIZE + hiddenCount(kind), 1000);
      const found = await searchAll(db, org, {
        q,
        kinds: kind ? [kind] : undefined,
        limit: window,
        offset: 0,
      });
      hits = found.items.filter((h) => !isHidden(h)).slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      // Counts stop at SEARCH_COUNT_BOUND ("meer dan 1.000"); a few hidden drafts do not change that.
      const visible = (count: { total: number; totalIsLowerBound: boolean }, k: SearchKind | null) =>
        count.totalIsLowerBound ? count : { ...count, total: Math.max(0, count.total - hiddenCount(k)) };
      ({ total, totalIsLowerBound } = visible(found, kind));
      // Totals per kind and in all: the same for every page of this query, so kept until the next write.
      const totals = await web.counts(web, `search-kinds:${q}`, () =>
        Promise.all([...SEARCH_KINDS.map((k) => searchCount(db, org, q, [k])), searchCount(db, org, q)]),
      );
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
