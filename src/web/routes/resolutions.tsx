import type { FastifyInstance } from 'fastify';
import { conditionState, isOverdue } from '../../domain/agreements.js';
import { type ClauseChange, diffClauses } from '../../domain/resolution-versions.js';
import { findResolutions } from '../../services/resolutions/find-resolutions.js';
import { loadResolutionDetail } from '../../services/resolutions/load-resolution-detail.js';
import { getAgreement } from '../../store/repositories/agreements.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import type { ClauseRecord, ResolutionVersionRecord } from '../../store/repositories/resolutions.js';
import { KEPT } from '../kept-pages.js';
import { ResolutionListPage } from '../pages/ResolutionListPage.js';
import { type ConditionView, ResolutionPage } from '../pages/ResolutionPage.js';
import { referenceDate } from '../reference-date.js';
import { isUuid, pageNotFound, queryPage, queryString, readCaseOf, sendPage, type Web } from '../web.js';
import { pollsInforming } from './participation/polls-informing.js';

const PAGE_SIZE = 25;

/** Which versions to compare: the ones asked for, else the shown version against the one before it. */
function pickComparison(
  versions: ResolutionVersionRecord[],
  shown: ResolutionVersionRecord | undefined,
  query: unknown,
) {
  const byNumber = (n: string) => versions.find((v) => String(v.number) === n);
  let from = byNumber(queryString(query, 'van'));
  let to = byNumber(queryString(query, 'naar'));
  if (!from || !to) {
    const index = shown ? versions.indexOf(shown) : -1;
    if (index < 1) return null;
    from = versions[index - 1];
    to = shown!;
  }
  const changes: ClauseChange<ClauseRecord>[] = diffClauses(from.clauses, to.clauses);
  return { from, to, changes };
}

export function resolutionRoutes(app: FastifyInstance, web: Web): void {
  app.get('/resoluties', KEPT, async (request, reply) => {
    const page = queryPage(request.query);
    const list = await findResolutions({
      ...readCaseOf(web, request),
      page: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      sort: '-created',
    });
    const data = { items: list.items, total: list.total, page, pageSize: PAGE_SIZE };
    return sendPage(reply, <ResolutionListPage ctx={await web.pageContext(request)} data={data} />);
  });

  app.get<{ Params: { id: string } }>('/resoluties/:id', async (request, reply) => {
    if (!isUuid(request.params.id)) throw pageNotFound();
    const { resolution, versions, sources } = await loadResolutionDetail({
      ...readCaseOf(web, request),
      resolutionId: request.params.id,
      include: ['versions', 'sources'],
    });
    const meeting = resolution.meetingId
      ? await getMeeting(web.ctx.db, web.ctx.organisation.id, resolution.meetingId)
      : undefined;
    const asked = versions.find((v) => String(v.number) === queryString(request.query, 'versie'));
    const shown =
      asked ?? versions.find((v) => v.id === resolution.adoptedVersionId) ?? versions[versions.length - 1];
    const conditions = await conditionsOf(web, shown);
    const data = {
      resolution,
      meeting,
      versions,
      shown,
      comparison: pickComparison(versions, shown, request.query),
      conditions,
      sources,
      polls: await pollsInforming(web, resolution.id),
    };
    return sendPage(reply, <ResolutionPage ctx={await web.pageContext(request)} data={data} />);
  });
}

async function conditionsOf(
  web: Web,
  version: ResolutionVersionRecord | undefined,
): Promise<ConditionView[]> {
  if (!version) return [];
  // A condition's deadline is counted to the same date as on the agreements' pages (the latest meeting held).
  const { today } = await referenceDate(web);
  const views: ConditionView[] = [];
  for (const clause of version.clauses) {
    if (!clause.conditionAgreementId) continue;
    const agreement = await getAgreement(web.ctx.db, web.ctx.organisation.id, clause.conditionAgreementId);
    if (!agreement) continue;
    views.push({
      clauseNumber: clause.number,
      agreement,
      state: conditionState(agreement, today),
      overdue: isOverdue(agreement, today),
    });
  }
  return views;
}
