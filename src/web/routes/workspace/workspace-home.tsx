import type { FastifyInstance } from 'fastify';
import { loadMemberWorkspace } from '../../../services/workspace/load-workspace.js';
import { getMeeting } from '../../../store/repositories/meetings.js';
import { listRemoteVotes } from '../../../store/repositories/remote-votes.js';
import { getVote } from '../../../store/repositories/votes.js';
import { clockOf, memberOnly, ownMember } from '../../member-workspace.js';
import { isStaff } from '../../page-context.js';
import { LogoutPage } from '../../pages/workspace/MemberMotionPages.js';
import { WorkspacePage } from '../../pages/workspace/WorkspacePage.js';
import { viewerOf } from '../../session.js';
import { staffContext } from '../../staff.js';
import { readCaseOf, sendPage, type Web } from '../../web.js';
import { accountEmail } from './workspace-reads.js';

/** Logging out, /mijn and the municipality's own workspace page (/mijn/gemeente). */
export function workspaceHomeRoutes(app: FastifyInstance, web: Web): void {
  const org = web.ctx.organisation.id;
  // Every role can log out: the footer links here, the page holds the button (with the CSRF token).
  app.get('/uitloggen', async (request, reply) => {
    if (!viewerOf(request)) return reply.redirect('/inloggen', 303);
    return sendPage(reply, <LogoutPage ctx={await staffContext(web, request, reply)} />);
  });

  app.get('/mijn', async (request, reply) => {
    const viewer = viewerOf(request);
    if (viewer && isStaff(viewer)) return reply.redirect('/beheer', 303);
    return reply.redirect('/mijn/gemeente', 303);
  });

  const meetingTitles = async (ids: (string | null)[]) => {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    const found = await Promise.all(unique.map((id) => getMeeting(web.ctx.db, org, id)));
    return new Map(found.filter((m) => m !== undefined).map((m) => [m.id, m.title]));
  };

  app.get('/mijn/gemeente', { preHandler: memberOnly() }, async (request, reply) => {
    const workspace = await loadMemberWorkspace({
      ...readCaseOf(web, request),
      memberId: ownMember(request),
      email: await accountEmail(web, request),
    });
    const titles = await meetingTitles([
      ...workspace.motions.map((m) => m.meetingId),
      ...workspace.ballots.map((b) => b.meetingId),
      ...workspace.registrations.map((r) => r.meetingId),
    ]);
    const remote = await listRemoteVotes(web.ctx.db, org, { openOn: clockOf(web).today });
    const consultations = (await Promise.all(remote.map((r) => getVote(web.ctx.db, org, r.id))))
      .filter((v) => v !== undefined && v.status === 'open')
      .map((v) => ({ id: v!.id, subject: v!.subject }));
    const data = { ...workspace, meetingTitles: titles, consultations };
    return sendPage(reply, <WorkspacePage ctx={await staffContext(web, request, reply)} data={data} />);
  });
}
