import type { FastifyInstance } from 'fastify';
import { findVisibleSources } from '../../services/registers/find-visible-sources.js';
import { listAgreements } from '../../store/repositories/agreements.js';
import { getLetter, listLetters } from '../../store/repositories/letters.js';
import { KEPT } from '../kept-pages.js';
import { LetterListPage } from '../pages/LetterListPage.js';
import { LetterPage } from '../pages/LetterPage.js';
import { referenceDate } from '../reference-date.js';
import { isUuid, pageNotFound, queryPage, readCaseOf, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 25;

export function letterRoutes(app: FastifyInstance, web: Web): void {
  app.get('/ledenbrieven', KEPT, async (request, reply) => {
    const page = queryPage(request.query);
    const list = await listLetters(
      web.ctx.db,
      web.ctx.organisation.id,
      {},
      { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      '-date',
    );
    const data = { items: list.items, total: list.total, page, pageSize: PAGE_SIZE };
    return sendPage(reply, <LetterListPage ctx={await web.pageContext(request)} data={data} />);
  });

  app.get<{ Params: { id: string } }>('/ledenbrieven/:id', KEPT, async (request, reply) => {
    const { db, organisation } = web.ctx;
    const org = organisation.id;
    const letter = isUuid(request.params.id) ? await getLetter(db, org, request.params.id) : undefined;
    if (!letter) throw pageNotFound();
    const [agreements, sources] = await Promise.all([
      listAgreements(db, org, { letterId: letter.id, withDeadlines: true }, { limit: 200, offset: 0 }, 'due'),
      findVisibleSources({ ...readCaseOf(web, request), entityKind: 'letter', entityId: letter.id }),
    ]);
    // Overdue counted to the same date as on the agreements' pages (the latest meeting held).
    const { today } = await referenceDate(web);
    const data = {
      letter,
      agreements: agreements.items.filter((a) => a.kind !== 'deadline'),
      deadlines: agreements.items.filter((a) => a.kind === 'deadline'),
      sources,
      today,
    };
    return sendPage(reply, <LetterPage ctx={await web.pageContext(request)} data={data} />);
  });
}
