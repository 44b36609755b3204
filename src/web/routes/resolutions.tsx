import type { FastifyInstance } from 'fastify';
import {
  canSeeResolution,
  canSeeResolutionVersion,
  visibleResolutionStatuses,
} from '../../auth/record-visibility.js';
import { conditionState, isOverdue } from '../../domain/agreements.js';
import { type ClauseChange, diffClauses } from '../../domain/resolution-versions.js';
import type { AgreementStatus, Clause, ClauseKind, ClauseSection } from '../../domain/types.js';
import { getAgreement } from '../../store/repositories/agreements.js';
import { listProvenanceForEntity } from '../../store/repositories/documents.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import {
  type ClauseRecord,
  getResolution,
  listResolutions,
  listResolutionVersions,
  type ResolutionVersionRecord,
} from '../../store/repositories/resolutions.js';
import { todayInNetherlands } from '../format.js';
import { ResolutionListPage } from '../pages/ResolutionListPage.js';
import { type ConditionView, ResolutionPage } from '../pages/ResolutionPage.js';
import { isUuid, pageNotFound, queryPage, queryString, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 25;

const toDomainClause = (c: ClauseRecord): Clause => ({
  id: c.id,
  versionId: c.resolutionVersionId ?? '',
  position: c.number,
  section: c.section as ClauseSection,
  kind: c.kind as ClauseKind,
  text: c.text,
  conditionAgreementId: c.conditionAgreementId,
});

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
  const changes: ClauseChange[] = diffClauses(
    from.clauses.map(toDomainClause),
    to.clauses.map(toDomainClause),
  );
  return { from, to, changes };
}

export function resolutionRoutes(app: FastifyInstance, web: Web): void {
  app.get('/resoluties', async (request, reply) => {
    const page = queryPage(request.query);
    const status = visibleResolutionStatuses(request.principal, undefined) ?? undefined;
    const list = await listResolutions(
      web.ctx.db,
      web.ctx.organisation.id,
      { status },
      { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      '-created',
    );
    const data = { items: list.items, total: list.total, page, pageSize: PAGE_SIZE };
    return sendPage(reply, <ResolutionListPage ctx={await web.pageContext(request)} data={data} />);
  });

  app.get<{ Params: { id: string } }>('/resoluties/:id', async (request, reply) => {
    const { db, organisation } = web.ctx;
    const org = organisation.id;
    const resolution = isUuid(request.params.id)
      ? await getResolution(db, org, request.params.id)
      : undefined;
    if (!resolution || !canSeeResolution(request.principal, resolution)) throw pageNotFound();
    const [allVersions, meeting, sources] = await Promise.all([
      listResolutionVersions(db, org, resolution.id),
      resolution.meetingId ? getMeeting(db, org, resolution.meetingId) : undefined,
      listProvenanceForEntity(db, org, 'resolution', resolution.id),
    ]);
    const versions = allVersions.filter((v) => canSeeResolutionVersion(request.principal, v));
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
    };
    return sendPage(reply, <ResolutionPage ctx={await web.pageContext(request)} data={data} />);
  });
}

async function conditionsOf(
  web: Web,
  version: ResolutionVersionRecord | undefined,
): Promise<ConditionView[]> {
  if (!version) return [];
  const today = todayInNetherlands();
  const views: ConditionView[] = [];
  for (const clause of version.clauses) {
    if (!clause.conditionAgreementId) continue;
    const agreement = await getAgreement(web.ctx.db, web.ctx.organisation.id, clause.conditionAgreementId);
    if (!agreement) continue;
    const facts = { status: agreement.status as AgreementStatus, dueDate: agreement.dueDate };
    views.push({
      clauseNumber: clause.number,
      agreement,
      state: conditionState(facts, today),
      overdue: isOverdue(facts, today),
    });
  }
  return views;
}
