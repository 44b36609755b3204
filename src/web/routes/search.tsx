import type { FastifyInstance } from 'fastify';
import { can } from '../../auth/index.js';
import {
  hasSearchWords,
  SEARCH_KINDS,
  type SearchHit,
  type SearchKind,
  searchAll,
  searchIds,
} from '../../search/index.js';
import type { Executor } from '../../store/database.js';
import { listDraftIds } from '../../store/repositories/web-queries.js';
import { KIND_NAMES, SearchPage } from '../pages/SearchPage.js';
import { queryPage, queryString, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 20;
const NONE = { motion: new Set<string>(), resolution: new Set<string>() };

const kindOf = (param: string): SearchKind | null =>
  SEARCH_KINDS.find((k) => KIND_NAMES[k].param === param) ?? null;

/** Unpublished drafts matching q, per kind: left out for visitors who may not read drafts. */
async function hiddenDrafts(db: Executor, org: string, q: string) {
  const drafts = await listDraftIds(db, org);
  const matching = async (kind: 'motion' | 'resolution') => {
    if (drafts[kind].length === 0) return new Set<string>();
    const found = new Set(await searchIds(db, org, kind, q));
    return new Set(drafts[kind].filter((id) => found.has(id)));
  };
  return { motion: await matching('motion'), resolution: await matching('resolution') };
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
      const hidden = can(request.principal, 'draft.read') ? NONE : await hiddenDrafts(db, org, q);
      const hiddenCount = (k: SearchKind | null) =>
        k === 'motion' || k === 'resolution'
          ? hidden[k].size
          : k === null
            ? hidden.motion.size + hidden.resolution.size
            : 0;
      const isHidden = (h: SearchHit) =>
        (h.kind === 'motion' || h.kind === 'resolution') && hidden[h.kind].has(h.id);
      const window = Math.min(page * PAGE_SIZE + hiddenCount(kind), 1000);
      const found = await searchAll(db, org, {
        q,
        kinds: kind ? [kind] : undefined,
        limit: window,
        offset: 0,
      });
      hits = found.items.filter((h) => !isHidden(h)).slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      total = Math.max(0, found.total - hiddenCount(kind));
      perKind = await Promise.all(
        SEARCH_KINDS.map(async (k) => ({
          kind: k,
          total: Math.max(
            0,
            (await searchAll(db, org, { q, kinds: [k], limit: 1, offset: 0 })).total - hiddenCount(k),
          ),
        })),
      );
    }
    const data = { q, kind, hits, total, perKind, page, pageSize: PAGE_SIZE, hasWords: words };
    return sendPage(reply, <SearchPage ctx={await web.pageContext(request)} data={data} />);
  });
}
