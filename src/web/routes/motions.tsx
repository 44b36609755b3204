import type { FastifyInstance } from 'fastify';
import { highlight, parseQuery } from '../../search/index.js';
import { findMotionFacets, findMotions } from '../../services/motions/find-motions.js';
import { loadMotionDetail } from '../../services/motions/load-motion-detail.js';
import { visibilityKey } from '../../services/visibility.js';
import { loadVoteDetail } from '../../services/votes/load-vote-detail.js';
import { listCouncilBallots } from '../../store/repositories/council-votes.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { KEPT } from '../kept-pages.js';
import { parseMotionListQuery, toMotionQuery } from '../motion-query.js';
import { buildMotionTimeline } from '../motion-timeline.js';
import { MotionListPage } from '../pages/MotionListPage.js';
import { MotionPage } from '../pages/MotionPage.js';
import { isUuid, pageNotFound, readCaseOf, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 25;

export function motionRoutes(app: FastifyInstance, web: Web): void {
  app.get('/moties', KEPT, async (request, reply) => {
    const query = parseMotionListQuery(request.query);
    // The same read use case as the API's list: drafts, search and filters are decided there.
    const read = readCaseOf(web, request);
    const [list, facets] = await Promise.all([
      findMotions({
        ...read,
        query: toMotionQuery(query),
        page: { limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE },
        sort: '-created',
      }),
      web.counts(web, `facets:${visibilityKey(read.reader)}`, () => findMotionFacets(read)),
    ]);
    const terms = parseQuery(query.q);
    const titles = new Map(terms.length ? list.items.map((m) => [m.id, highlight(m.title, terms)]) : []);
    const data = {
      query,
      items: list.items,
      total: list.total,
      totalIsLowerBound: list.totalIsLowerBound,
      pageSize: PAGE_SIZE,
      facets,
      titles,
    };
    return sendPage(reply, <MotionListPage ctx={await web.pageContext(request)} data={data} />);
  });
}

export function motionDetailRoutes(app: FastifyInstance, web: Web): void {
  app.get<{ Params: { id: string } }>('/moties/:id', KEPT, async (request, reply) => {
    if (!isUuid(request.params.id)) throw pageNotFound();
    const detail = await loadMotionDetail({
      ...readCaseOf(web, request),
      motionId: request.params.id,
      include: [
        'parts',
        'clauses',
        'preAdvices',
        'amendments',
        'entries',
        'transitions',
        'publishedVotes',
        'sources',
      ],
    });
    const { motion } = detail;
    const [meeting, meetingTitles] = await Promise.all([
      motion.meetingId ? getMeeting(web.ctx.db, web.ctx.organisation.id, motion.meetingId) : undefined,
      meetingTitlesFor(web, [...detail.transitions.map((t) => t.meetingId), motion.meetingId]),
    ]);
    const timeline = buildMotionTimeline({
      motion,
      transitions: detail.transitions,
      preAdvices: detail.preAdvices,
      entries: detail.entries,
      votes: detail.publishedVotes,
      meetingTitles,
    });
    // How every municipality voted, where the assembly voted by name (through the vote's read use case).
    const namedVotes = await Promise.all(
      detail.publishedVotes.map(async (v) => ({
        id: v.id,
        subject: v.subject,
        alternatives: v.alternatives,
        ballots: (await loadVoteDetail({ ...readCaseOf(web, request), voteId: v.id, include: ['ballots'] }))
          .ballots,
      })),
    );
    // A council votes by seats: the named ballots per member (empty for an association's votes).
    const councilVotes = await Promise.all(
      detail.publishedVotes.map(async (v) => ({
        id: v.id,
        subject: v.subject,
        ballots: await listCouncilBallots(web.ctx.db, web.ctx.organisation.id, v.id),
      })),
    );
    const data = {
      namedVotes,
      councilVotes,
      motion,
      meeting,
      parts: detail.parts,
      clauses: detail.clauses,
      preAdvice: detail.preAdvices.at(-1),
      amendments: detail.amendments,
      timeline,
      sources: detail.sources,
    };
    return sendPage(reply, <MotionPage ctx={await web.pageContext(request)} data={data} />);
  });
}

async function meetingTitlesFor(web: Web, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const found = await Promise.all(unique.map((id) => getMeeting(web.ctx.db, web.ctx.organisation.id, id)));
  return new Map(found.filter((m) => m !== undefined).map((m) => [m.id, m.title]));
}
