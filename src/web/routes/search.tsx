import type { FastifyInstance } from 'fastify';
import type { Principal } from '../../auth/index.js';
import { canSeeMotion } from '../../auth/motion-visibility.js';
import { canSeeResolution, seesAllDrafts } from '../../auth/record-visibility.js';
import { indexTokens } from '../../search/analyse.js';
import {
  hasSearchWords,
  parseQuery,
  SEARCH_KINDS,
  type SearchHit,
  type SearchKind,
  searchAll,
} from '../../search/index.js';
import { tokenMatches } from '../../search/query.js';
import { findVisibleDocument } from '../../services/registers/find-visible-document.js';
import type { Executor } from '../../store/database.js';
import { listDraftSourceDocumentIds } from '../../store/repositories/document-subjects.js';
import { getMotion } from '../../store/repositories/motions.js';
import { loadSourceDocument } from '../../store/repositories/search-index.js';
import { listDraftIds } from '../../store/repositories/web-queries.js';
import { KIND_NAMES, SearchPage } from '../pages/SearchPage.js';
import { queryPage, queryString, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 20;
type Hidden = Record<'motion' | 'resolution' | 'document', Set<string>>;
const HIDDEN_KINDS = ['motion', 'resolution', 'document'] as const;

const kindOf = (param: string): SearchKind | null =>
  SEARCH_KINDS.find((k) => KIND_NAMES[k].param === param) ?? null;

/**
 * What matches q but the reader may not see, per kind: concept motions (except a member's own), concept
 * resolutions and the source documents drawn from them. Drafts are few, so each is checked against the query
 * with the search module's own matching rule instead of a second search.
 */
async function hiddenFromReader(db: Executor, org: string, q: string, reader: Principal): Promise<Hidden> {
  const hidden: Hidden = { motion: new Set(), resolution: new Set(), document: new Set() };
  if (seesAllDrafts(reader)) return hidden;
  const drafts = await listDraftIds(db, org);
  const candidates: Record<keyof Hidden, string[]> = {
    motion: [],
    resolution: canSeeResolution(reader, { status: 'draft' }) ? [] : drafts.resolution,
    document: [],
  };
  for (const id of drafts.motion) {
    const motion = await getMotion(db, org, id);
    if (motion && !canSeeMotion(reader, motion)) candidates.motion.push(id);
  }
  for (const id of await listDraftSourceDocumentIds(db, org)) {
    const visible = await findVisibleDocument({ db, organisationId: org, reader, documentId: id });
    if (!visible) candidates.document.push(id);
  }
  const terms = parseQuery(q);
  for (const kind of HIDDEN_KINDS)
    for (const id of candidates[kind]) {
      const doc = await loadSourceDocument(db, org, kind, id);
      const tokens = doc ? indexTokens(`${doc.title}\n${doc.body}`) : [];
      if (doc && terms.every((term) => tokens.some((token) => tokenMatches(token, term))))
        hidden[kind].add(id);
    }
  return hidden;
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
    let perKind: { kind: SearchKind; total: number }[] = [];
    if (words) {
      const hidden = await hiddenFromReader(db, org, q, request.principal);
      const isHiddenKind = (k: SearchKind): k is keyof Hidden =>
        (HIDDEN_KINDS as readonly string[]).includes(k);
      const hiddenCount = (k: SearchKind | null) =>
        k === null
          ? HIDDEN_KINDS.reduce((n, kind) => n + hidden[kind].size, 0)
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
      total = Math.max(0, found.total - hiddenCount(kind));
      // Totals per kind: the same for every page of this query, so kept until the next write.
      const totals = await web.counts(web, `search-kinds:${q}`, () =>
        Promise.all(
          SEARCH_KINDS.map(
            async (k) => (await searchAll(db, org, { q, kinds: [k], limit: 1, offset: 0 })).total,
          ),
        ),
      );
      perKind = SEARCH_KINDS.map((k, i) => ({ kind: k, total: Math.max(0, totals[i] - hiddenCount(k)) }));
    }
    const data = { q, kind, hits, total, perKind, page, pageSize: PAGE_SIZE, hasWords: words };
    return sendPage(reply, <SearchPage ctx={await web.pageContext(request)} data={data} />);
  });
}
