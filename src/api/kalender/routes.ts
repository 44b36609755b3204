import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { notFound } from '../errors/problem.js';
import { buildCalendar } from '../export/ical.js';
import { idParams } from '../http/schemas.js';

const ICS = {
  200: {
    description: 'iCalendar (RFC 5545).',
    content: { 'text/calendar': { schema: z.string().describe('iCalendar-tekst.') } },
  },
};

/** Calendars: one meeting as an ICS file (with place and times). */
export function calendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const host = () => process.env.PUBLIC_URL ?? '';

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
}
