import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { memberCalendar } from '../../services/calendar/member-calendar.js';
import { portalBaseUrl } from '../../services/outbox/links.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { getMember } from '../../store/repositories/members.js';
import { notFound } from '../errors/problem.js';
import { buildCalendar } from '../export/ical.js';
import { idParams } from '../http/schemas.js';

const ICS = {
  200: {
    description: 'iCalendar (RFC 5545).',
    content: { 'text/calendar': { schema: z.string().describe('iCalendar-tekst.') } },
  },
};

/** Calendars: one meeting as an ICS file (with place and times); a member's feed of its meetings and deadlines. */
export function calendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const host = () => portalBaseUrl(ctx.organisation);

  r.get(
    '/vergaderingen/:id/kalender',
    {
      schema: {
        tags: ['Export'],
        summary: 'Eén vergadering of bijeenkomst als ICS',
        description:
          'De vergadering als agenda-item (datum, begin- en eindtijd, plaats), om in een agenda te zetten.',
        params: idParams,
        response: ICS,
      },
    },
    async (request, reply) => {
      const meeting = await getMeeting(ctx.db, ctx.organisation.id, request.params.id);
      if (!meeting) throw notFound('Vergadering', request.params.id);
      const body = buildCalendar({
        name: meeting.title,
        host: host(),
        uidDomain: `${ctx.organisation.slug}.motiemonitor`,
        meetings: [meeting],
        agreements: [],
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="vergadering-${meeting.date}.ics"`)
        .send(body as never);
    },
  );

  r.get(
    '/leden/:id/kalender',
    {
      schema: {
        tags: ['Export'],
        summary: 'Agenda-feed van een lid',
        description:
          'Om te abonneren in een agendaprogramma: de ledenvergaderingen, de bijeenkomsten waarvoor iemand van de gemeente zich heeft aangemeld (zonder namen), de uiterste dag voor moties en amendementen (negen werkdagen voor elke vergadering, feestdagen meegeteld) en de sluitingsdatum van de peilingen die de gemeente krijgt. Vanaf een jaar geleden.',
        params: idParams,
        response: ICS,
      },
    },
    async (request, reply) => {
      const member = await getMember(ctx.db, ctx.organisation.id, request.params.id);
      if (!member) throw notFound('Lid', request.params.id);
      const now = (ctx.clock ?? { now: () => new Date() }).now();
      const from = new Date(now.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
      const calendar = await memberCalendar(ctx.db, ctx.organisation.id, member, from);
      const body = buildCalendar({
        name: `${ctx.organisation.name}: agenda van ${member.name}`,
        host: host(),
        uidDomain: `${ctx.organisation.slug}.motiemonitor`,
        meetings: calendar.meetings,
        agreements: [],
        days: calendar.days,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="agenda-${member.code ?? member.id}.ics"`)
        .send(body as never);
    },
  );
}
