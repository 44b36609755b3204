import type { FastifyInstance } from 'fastify';
import { ANONYMOUS, can } from '../../auth/index.js';
import { canSeeMotion, visibleStatuses } from '../../auth/motion-visibility.js';
import { hasSearchWords, highlight, parseQuery, searchIdsQuery } from '../../search/index.js';
import { listMotionAccountability } from '../../store/repositories/accountability.js';
import { listProvenanceForEntity } from '../../store/repositories/documents.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { listAmendments, listMotionClauses, listPreAdvices } from '../../store/repositories/motion-extras.js';
import {
  getMotion,
  listMotionParts,
  listMotions,
  listMotionTransitions,
} from '../../store/repositories/motions.js';
import { listVotes } from '../../store/repositories/votes.js';
import { motionFacets } from '../../store/repositories/web-queries.js';
import { parseMotionListQuery, toMotionFilter } from '../motion-query.js';
import { buildMotionTimeline } from '../motion-timeline.js';
import { MotionListPage } from '../pages/MotionListPage.js';
import { MotionPage } from '../pages/MotionPage.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 25;

export function motionRoutes(app: FastifyInstance, web: Web): void {
  app.get('/moties', async (request, reply) => {
    const { db, organisation } = web.ctx;
    const query = parseMotionListQuery(request.query);
    const searching = hasSearchWords(query.q);
    const idsIn = searching ? searchIdsQuery(db, organisation.id, 'motion', query.q) : undefined;
    // Drafts are not published: the same rule as the API's.
    const principal = request.principal ?? ANONYMOUS;
    const facetStatuses = visibleStatuses(principal, undefined)?.status;
    const visible = visibleStatuses(principal, query.status.length ? query.status : undefined);
    const filter = { ...toMotionFilter(query), idsIn, status: visible ? visible.status : ['-'] };
    if (visible?.ownMemberOnly) filter.memberId = request.principal.memberId ?? '-';
    const [list, facets] = await Promise.all([
      listMotions(
        db,
        organisation.id,
        filter,
        { limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE },
        '-created',
      ),
      web.counts(web, `facets:${facetStatuses?.join(',') ?? '*'}`, () =>
        motionFacets(db, organisation.id, facetStatuses),
      ),
    ]);
    const terms = searching ? parseQuery(query.q) : [];
    const titles = new Map(searching ? list.items.map((m) => [m.id, highlight(m.title, terms)]) : []);
    const data = { query, items: list.items, total: list.total, pageSize: PAGE_SIZE, facets, titles };
    return sendPage(reply, <MotionListPage ctx={await web.pageContext(request)} data={data} />);
  });
}

export function motionDetailRoutes(app: FastifyInstance, web: Web): void {
  app.get<{ Params: { id: string } }>('/moties/:id', async (request, reply) => {
    const { db, organisation } = web.ctx;
    const org = organisation.id;
    const principal = request.principal ?? ANONYMOUS;
    const motion = isUuid(request.params.id) ? await getMotion(db, org, request.params.id) : undefined;
    if (!motion || !canSeeMotion(principal, motion)) throw pageNotFound();
    const [parts, clauses, preAdvices, amendments, allEntries, transitions, votes, sources, meeting] =
      await Promise.all([
        listMotionParts(db, motion.id),
        listMotionClauses(db, org, motion.id),
        listPreAdvices(db, org, motion.id),
        listAmendments(db, org, { kind: 'motion', id: motion.id }),
        listMotionAccountability(db, org, motion.id),
        listMotionTransitions(db, motion.id),
        listVotes(db, org, { motionId: motion.id, status: ['published'] }),
        listProvenanceForEntity(db, org, 'motion', motion.id),
        motion.meetingId ? getMeeting(db, org, motion.meetingId) : undefined,
      ]);
    const showDrafts = can(principal, 'accountability.readDraft');
    const entries = allEntries.filter((e) => showDrafts || e.round.status !== 'open');
    const meetingTitles = await meetingTitlesFor(web, [
      ...transitions.map((t) => t.meetingId),
      motion.meetingId,
    ]);
    const timeline = buildMotionTimeline({
      motion,
      transitions,
      preAdvices,
      entries,
      votes: votes.items,
      meetingTitles,
    });
    const data = {
      motion,
      meeting,
      parts,
      clauses,
      preAdvice: preAdvices.at(-1),
      amendments,
      timeline,
      sources,
    };
    return sendPage(reply, <MotionPage ctx={await web.pageContext(request)} data={data} />);
  });
}

async function meetingTitlesFor(web: Web, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const found = await Promise.all(unique.map((id) => getMeeting(web.ctx.db, web.ctx.organisation.id, id)));
  return new Map(found.filter((m) => m !== undefined).map((m) => [m.id, m.title]));
}
