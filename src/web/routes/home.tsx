import type { FastifyInstance } from 'fastify';
import { listAgreements } from '../../store/repositories/agreements.js';
import { listLetters } from '../../store/repositories/letters.js';
import { listMeetings } from '../../store/repositories/meetings.js';
import {
  countOpenMotionsBySinceYear,
  countOpenMotionsByTopic,
} from '../../store/repositories/web-queries.js';
import { todayInNetherlands } from '../format.js';
import { KEPT } from '../kept-pages.js';
import { HomePage } from '../pages/HomePage.js';
import { referenceDate } from '../reference-date.js';
import { sendPage, type Web } from '../web.js';

export function homeRoutes(app: FastifyInstance, web: Web): void {
  app.get('/', KEPT, async (request, reply) => {
    const { db, organisation } = web.ctx;
    const org = organisation.id;
    // Upcoming meetings are those from today on; overdue agreements are counted to the records' date (the
    // latest meeting held), as on the agreements page.
    const today = todayInNetherlands();
    const reference = await referenceDate(web);
    const [byTopic, bySinceYear, agreements, meetings, letters] = await Promise.all([
      web.counts(web, 'open-by-topic', () => countOpenMotionsByTopic(db, org)),
      web.counts(web, 'open-by-year', () => countOpenMotionsBySinceYear(db, org)),
      listAgreements(db, org, { status: ['open'], dueFrom: '0001-01-01' }, { limit: 8, offset: 0 }, 'due'),
      listMeetings(db, org, { from: today }, { limit: 5, offset: 0 }, 'date'),
      listLetters(db, org, {}, { limit: 5, offset: 0 }, '-date'),
    ]);
    const data = {
      today,
      byTopic,
      bySinceYear,
      agreements: agreements.items,
      overdueAsOf: reference.today,
      overdueAsOfMeeting: reference.asOf,
      meetings: meetings.items,
      letters: letters.items,
    };
    return sendPage(reply, <HomePage ctx={await web.pageContext(request)} data={data} />);
  });
}
