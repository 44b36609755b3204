import type { FastifyInstance } from 'fastify';
import { findMotions } from '../../services/motions/find-motions.js';
import { findMemberBallots } from '../../services/votes/find-member-ballots.js';
import { getMember, listMembers } from '../../store/repositories/members.js';
import { countMotionsByMember } from '../../store/repositories/web-queries.js';
import { KEPT } from '../kept-pages.js';
import { MemberListPage } from '../pages/MemberListPage.js';
import { MemberPage } from '../pages/MemberPage.js';
import { isUuid, pageNotFound, queryPage, queryString, readCaseOf, sendPage, type Web } from '../web.js';

const PAGE_SIZE = 25;
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function memberRoutes(app: FastifyInstance, web: Web): void {
  app.get('/leden', KEPT, async (request, reply) => {
    const { db, organisation } = web.ctx;
    const name = queryString(request.query, 'naam').slice(0, 100);
    const [all, motionCounts] = await Promise.all([
      listMembers(db, organisation.id),
      web.counts(web, 'motions-by-member', () => countMotionsByMember(db, organisation.id)),
    ]);
    const members = name ? all.filter((m) => fold(m.name).includes(fold(name))) : all;
    return sendPage(
      reply,
      <MemberListPage ctx={await web.pageContext(request)} data={{ members, motionCounts, name }} />,
    );
  });

  app.get<{ Params: { id: string } }>('/leden/:id', KEPT, async (request, reply) => {
    const { db, organisation } = web.ctx;
    const org = organisation.id;
    const member = isUuid(request.params.id) ? await getMember(db, org, request.params.id) : undefined;
    if (!member) throw pageNotFound();
    const page = queryPage(request.query);
    const [motions, successor, ballots] = await Promise.all([
      findMotions({
        ...readCaseOf(web, request),
        query: { member: member.id },
        page: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
        sort: '-created',
      }),
      member.mergedIntoId ? getMember(db, org, member.mergedIntoId) : undefined,
      findMemberBallots({ ...readCaseOf(web, request), memberId: member.id }),
    ]);
    const data = {
      member,
      successor,
      motions: motions.items,
      total: motions.total,
      page,
      pageSize: PAGE_SIZE,
      ballots,
    };
    return sendPage(reply, <MemberPage ctx={await web.pageContext(request)} data={data} />);
  });
}
