import type { FastifyInstance } from 'fastify';
import { visibleStatuses } from '../../api/moties/visibility.js';
import { ANONYMOUS } from '../../auth/index.js';
import { hasSearchWords, highlight, parseQuery, searchIds } from '../../search/index.js';
import { listMotions } from '../../store/repositories/motions.js';
import { motionFacets } from '../../store/repositories/web-queries.js';
import { parseMotionListQuery, toMotionFilter } from '../motion-query.js';
import { MotionListPage } from '../pages/MotionListPage.js';
import { sendPage, type Web } from '../web.js';

const PAGE_SIZE = 25;

export function motionRoutes(app: FastifyInstance, web: Web): void {
  app.get('/moties', async (request, reply) => {
    const { db, organisation } = web.ctx;
    const query = parseMotionListQuery(request.query);
    const searching = hasSearchWords(query.q);
    const ids = searching ? await searchIds(db, organisation.id, 'motion', query.q) : undefined;
    // Drafts are not published: the same rule as the API's.
    const visible = visibleStatuses(
      request.principal ?? ANONYMOUS,
      query.status.length ? query.status : undefined,
    );
    const filter = { ...toMotionFilter(query), ids, status: visible ? visible.status : ['-'] };
    if (visible?.ownMemberOnly) filter.memberId = request.principal.memberId ?? '-';
    const [list, facets] = await Promise.all([
      listMotions(
        db,
        organisation.id,
        filter,
        { limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE },
        '-created',
      ),
      motionFacets(db, organisation.id),
    ]);
    const terms = searching ? parseQuery(query.q) : [];
    const titles = new Map(searching ? list.items.map((m) => [m.id, highlight(m.title, terms)]) : []);
    const data = { query, items: list.items, total: list.total, pageSize: PAGE_SIZE, facets, titles };
    return sendPage(reply, <MotionListPage ctx={await web.pageContext(request)} data={data} />);
  });
}
