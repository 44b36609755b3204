import type { FastifyInstance } from 'fastify';
import { ANONYMOUS, can } from '../../auth/index.js';
import { reportContentSecurityPolicy } from '../../report/html-parts.js';
import { loadAccountabilityReport } from '../../report/load-accountability-report.js';
import {
  isReportFormat,
  renderAccountabilityReport,
  suggestReportFileName,
} from '../../report/render-report.js';
import { findMotions } from '../../services/motions/find-motions.js';
import { findResolutions } from '../../services/resolutions/find-resolutions.js';
import { listAccountabilityRounds } from '../../store/repositories/accountability.js';
import { getMeeting, listAgendaItems, listMeetings } from '../../store/repositories/meetings.js';
import { listRemoteVotes } from '../../store/repositories/remote-votes.js';
import { getVote } from '../../store/repositories/votes.js';
import { todayInNetherlands } from '../format.js';
import { KEPT } from '../kept-pages.js';
import { MeetingListPage } from '../pages/MeetingListPage.js';
import { MeetingPage } from '../pages/MeetingPage.js';
import { isUuid, pageNotFound, readCaseOf, sendPage, type Web } from '../web.js';
import { isRegistrable } from './participation/registrable.js';

const ALL = { limit: 500, offset: 0 };
/** A meeting page lists this many motions; the motion list, filtered on the meeting, has them all. */
const MOTIONS_SHOWN = 100;

export function meetingRoutes(app: FastifyInstance, web: Web): void {
  app.get('/vergaderingen', KEPT, async (request, reply) => {
    const { db, organisation } = web.ctx;
    const today = todayInNetherlands();
    const [upcoming, past] = await Promise.all([
      listMeetings(db, organisation.id, { from: today }, ALL, 'date'),
      listMeetings(db, organisation.id, { to: today }, ALL, '-date'),
    ]);
    const data = { upcoming: upcoming.items, past: past.items.filter((m) => m.date < today) };
    return sendPage(reply, <MeetingListPage ctx={await web.pageContext(request)} data={data} />);
  });

  app.get<{ Params: { id: string } }>('/vergaderingen/:id', KEPT, async (request, reply) => {
    const { db, organisation } = web.ctx;
    const org = organisation.id;
    const meeting = isUuid(request.params.id) ? await getMeeting(db, org, request.params.id) : undefined;
    if (!meeting) throw pageNotFound();
    const read = readCaseOf(web, request);
    const [agenda, motions, resolutions, rounds] = await Promise.all([
      listAgendaItems(db, org, meeting.id),
      findMotions({
        ...read,
        query: { meetingId: meeting.id },
        page: { limit: MOTIONS_SHOWN, offset: 0 },
        sort: 'title',
      }),
      findResolutions({ ...read, query: { meetingId: meeting.id }, page: ALL, sort: 'title' }),
      listAccountabilityRounds(db, org, { meetingId: meeting.id }),
    ]);
    const data = {
      meeting,
      agenda,
      motions: motions.items,
      motionTotal: motions.total,
      resolutions: resolutions.items,
      rounds: rounds.items,
      remoteVotes: await ratifications(web, meeting.id),
      registrable: await isRegistrable(web, meeting),
    };
    return sendPage(reply, <MeetingPage ctx={await web.pageContext(request)} data={data} />);
  });

  // The accountability report of the meeting, for everyone once the board approved it (staff: always).
  app.get<{ Params: { id: string; format: string } }>(
    '/vergaderingen/:id/verantwoording.:format',
    async (request, reply) => {
      const { db, organisation } = web.ctx;
      const { id, format } = request.params;
      if (!isUuid(id) || !['html', 'pdf', 'docx'].includes(format) || !isReportFormat(format))
        throw pageNotFound();
      const round = (await listAccountabilityRounds(db, organisation.id, { meetingId: id })).items[0];
      if (
        !round ||
        (round.status === 'open' && !can(request.principal ?? ANONYMOUS, 'accountability.readDraft'))
      )
        throw pageNotFound();
      const model = await loadAccountabilityReport(db, organisation.id, { roundId: round.id });
      const rendered = await renderAccountabilityReport(model, format, { estimatePages: false });
      if (format === 'html') reply.header('content-security-policy', reportContentSecurityPolicy());
      return reply
        .type(rendered.mediaType)
        .header(
          'content-disposition',
          `${format === 'html' ? 'inline' : 'attachment'}; filename="${suggestReportFileName(model, format)}"`,
        )
        .send(Buffer.from(rendered.bytes));
    },
  );
}

/** The ledenraadplegingen put to this meeting for ratification, with their subjects. */
async function ratifications(web: Web, meetingId: string): Promise<{ id: string; subject: string }[]> {
  const org = web.ctx.organisation.id;
  const remotes = await listRemoteVotes(web.ctx.db, org, { ratificationMeetingId: meetingId });
  const votes = await Promise.all(remotes.map((r) => getVote(web.ctx.db, org, r.id)));
  return remotes.map((r, i) => ({ id: r.id, subject: votes[i]?.subject ?? 'Ledenraadpleging' }));
}
