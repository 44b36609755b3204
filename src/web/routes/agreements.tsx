import type { FastifyInstance } from 'fastify';
import { conditionState, daysOverdue } from '../../domain/agreements.js';
import { agreementStatus } from '../../domain/vocabulary/index.js';
import { loadAgreementDetail } from '../../services/agreements/load-agreement-detail.js';
import { listAgreements } from '../../store/repositories/agreements.js';
import { KEPT } from '../kept-pages.js';
import { AgreementListPage } from '../pages/AgreementListPage.js';
import { AgreementPage } from '../pages/AgreementPage.js';
import { referenceDate } from '../reference-date.js';
import { isUuid, pageNotFound, queryPage, queryString, readCaseOf, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 50;

export function agreementRoutes(app: FastifyInstance, web: Web): void {
  app.get('/afspraken', KEPT, async (request, reply) => {
    const { today, asOf } = await referenceDate(web);
    const asked = queryString(request.query, 'status');
    const status = agreementStatus.is(asked) ? asked : null;
    const query = {
      status: status ?? '',
      overdue: queryString(request.query, 'verstreken') === 'ja',
      page: queryPage(request.query),
    };
    const list = await listAgreements(
      web.ctx.db,
      web.ctx.organisation.id,
      { status: status ? [status] : undefined, overdueOn: query.overdue ? today : undefined },
      { limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE },
      'due',
    );
    const data = { query, items: list.items, total: list.total, pageSize: PAGE_SIZE, today, asOf };
    return sendPage(reply, <AgreementListPage ctx={await web.pageContext(request)} data={data} />);
  });

  app.get<{ Params: { id: string } }>('/afspraken/:id', KEPT, async (request, reply) => {
    if (!isUuid(request.params.id)) throw pageNotFound();
    const detail = await loadAgreementDetail({ ...readCaseOf(web, request), agreementId: request.params.id });
    const { today, asOf } = await referenceDate(web);
    const data = {
      ...detail,
      asOf,
      daysOverdue: daysOverdue(detail.agreement, today),
      conditionState: conditionState(detail.agreement, today),
    };
    return sendPage(reply, <AgreementPage ctx={await web.pageContext(request)} data={data} />);
  });
}
