import type { FastifyInstance } from 'fastify';
import { assemblyState } from '../../../services/assembly/assembly-state.js';
import { getMeeting } from '../../../store/repositories/meetings.js';
import { LIVE_SCRIPT } from '../../assembly/live-script.js';
import type { LiveStreams } from '../../assembly/live-stream.js';
import { ScreenPage } from '../../pages/assembly/ScreenPage.js';
import { isUuid, pageNotFound, queryString, sendPage, type Web } from '../../web.js';

type MeetingParams = { Params: { id: string } };

/** Public: the screen in the hall, the meeting's event stream and the small script of the live pages. */
export function assemblyScreenRoutes(app: FastifyInstance, web: Web, live: LiveStreams): void {
  const org = web.ctx.organisation.id;
  const meetingOf = async (id: string) => {
    const meeting = isUuid(id) ? await getMeeting(web.ctx.db, org, id) : undefined;
    if (!meeting) throw pageNotFound();
    return meeting;
  };

  app.get<MeetingParams>('/vergaderingen/:id/scherm', async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const state = await assemblyState(web.ctx.db, org, meeting.id);
    const refreshing = queryString(request.query, 'verversen') === 'ja';
    // Without JavaScript the screen asks the browser to load it again (a header, not a meta refresh).
    if (refreshing) reply.header('refresh', '10');
    return sendPage(
      reply,
      <ScreenPage ctx={await web.pageContext(request)} state={state} refreshing={refreshing} />,
    );
  });

  app.get<MeetingParams>('/vergaderingen/:id/live', async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    await live.open(reply, meeting.id);
  });

  app.get('/assets/live-vergadering.js', async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=300')
      .type('text/javascript; charset=utf-8')
      .send(LIVE_SCRIPT),
  );
}
