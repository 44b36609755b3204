import type { FastifyInstance } from 'fastify';
import { commitmentsCsv } from '../../report/commitments-report.js';
import {
  getCommitmentRound,
  listCommitmentEntries,
  listCommitmentRounds,
} from '../../store/repositories/commitment-rounds.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { KEPT } from '../kept-pages.js';
import { CommitmentRoundPage } from '../pages/CommitmentRoundPage.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../web.js';

/** A council's commitments reports (toezeggingenlijsten) per meeting: HTML and CSV. */
export function commitmentRoundRoutes(app: FastifyInstance, web: Web): void {
  const load = async (id: string) => {
    const { db, organisation } = web.ctx;
    const round = isUuid(id) ? await getCommitmentRound(db, organisation.id, id) : undefined;
    if (!round) throw pageNotFound();
    const [meeting, entries] = await Promise.all([
      getMeeting(db, organisation.id, round.meetingId),
      listCommitmentEntries(db, organisation.id, round.id),
    ]);
    return { round, meeting: meeting!, entries };
  };

  app.get('/toezeggingenlijsten', KEPT, async (_request, reply) => {
    const rounds = await listCommitmentRounds(web.ctx.db, web.ctx.organisation.id);
    if (rounds.length === 0) throw pageNotFound();
    return reply.redirect(`/toezeggingenlijsten/${rounds[0]!.id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/toezeggingenlijsten/:id', KEPT, async (request, reply) => {
    const data = await load(request.params.id);
    return sendPage(reply, <CommitmentRoundPage ctx={await web.pageContext(request)} data={data} />);
  });

  app.get<{ Params: { id: string } }>('/toezeggingenlijsten/:id/lijst.csv', async (request, reply) => {
    const data = await load(request.params.id);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="toezeggingenlijst-${data.meeting.date}.csv"`)
      .send(`\uFEFF${commitmentsCsv(data.entries)}`);
  });
}
