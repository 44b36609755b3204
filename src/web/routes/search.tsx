import type { FastifyInstance } from 'fastify';
import { hasSearchWords, SEARCH_KINDS, type SearchKind } from '../../search/index.js';
import { searchVisible, type VisibleSearch } from '../../services/search/search-visible.js';
import { KIND_NAMES, SearchPage } from '../pages/SearchPage.js';
import { queryPage, queryString, readCaseOf, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 20;
const NOTHING_FOUND: VisibleSearch = {
  hits: [],
  total: 0,
  totalIsLowerBound: false,
  all: { total: 0, totalIsLowerBound: false },
  perKind: [],
};

const kindOf = (param: string): SearchKind | null =>
  SEARCH_KINDS.find((k) => KIND_NAMES[k].param === param) ?? null;

export function searchRoutes(app: FastifyInstance, web: Web): void {
  app.get('/zoeken', async (request, reply) => {
    const q = queryString(request.query, 'q').slice(0, 300);
    const kind = kindOf(queryString(request.query, 'soort'));
    const page = queryPage(request.query);
    const words = hasSearchWords(q);
    const found: VisibleSearch = words
      ? await searchVisible(readCaseOf(web, request), {
          q,
          kind,
          page,
          pageSize: PAGE_SIZE,
          keep: (key, load) => web.counts(web, key, load),
        })
      : NOTHING_FOUND;
    const data = { q, kind, ...found, page, pageSize: PAGE_SIZE, hasWords: words };
    return sendPage(reply, <SearchPage ctx={await web.pageContext(request)} data={data} />);
  });
}
