import type { FastifyInstance } from 'fastify';
import { conditionState, daysOverdue } from '../../domain/agreements.js';
import { agreementStatus } from '../../domain/vocabulary/index.js';
import { getAgreement, listAgreements } from '../../store/repositories/agreements.js';
import { getConsultation } from '../../store/repositories/consultations.js';
import { listProvenanceForEntity } from '../../store/repositories/documents.js';
import { getLetter } from '../../store/repositories/letters.js';
import { getResolution } from '../../store/repositories/resolutions.js';
import { listClausesConditionalOn } from '../../store/repositories/web-queries.js';
import { KEPT } from '../kept-pages.js';
import { AgreementListPage } from '../pages/AgreementListPage.js';
import { AgreementPage } from '../pages/AgreementPage.js';
import { referenceDate } from '../reference-date.js';
import { isUuid, pageNotFound, queryPage, queryString, sendPage, type Web } from '../web.js';

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
    const { db, organisation } = web.ctx;
    const org = organisation.id;
    const agreement = isUuid(request.params.id) ? await getAgreement(db, org, request.params.id) : undefined;
    if (!agreement) throw pageNotFound();
    const [consultation, letter, resolution, clauses, sources] = await Promise.all([
      agreement.consultationId ? getConsultation(db, org, agreement.consultationId) : undefined,
      agreement.letterId ? getLetter(db, org, agreement.letterId) : undefined,
      agreement.resolutionId ? getResolution(db, org, agreement.resolutionId) : undefined,
      listClausesConditionalOn(db, org, agreement.id),
      listProvenanceForEntity(db, org, 'agreement', agreement.id),
    ]);
    const { today, asOf } = await referenceDate(web);
    const data = {
      agreement,
      asOf,
      daysOverdue: daysOverdue(agreement, today),
      conditionState: conditionState(agreement, today),
      consultation,
      letter,
      resolution,
      clauses,
      sources,
    };
    return sendPage(reply, <AgreementPage ctx={await web.pageContext(request)} data={data} />);
  });
}
