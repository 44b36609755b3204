import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { meetingKind, meetingStatus } from '../../domain/vocabulary/index.js';
import { editMeeting } from '../../services/meetings/edit-meeting.js';
import { scheduleMeeting } from '../../services/meetings/schedule-meeting.js';
import {
  getMeeting,
  listAgendaItems,
  listMeetings,
  type NewMeeting,
} from '../../store/repositories/meetings.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { notFound } from '../errors/problem.js';
import { pageSchema, presentPage, toPage } from '../http/pagination.js';
import { idParams } from '../http/schemas.js';
import { agendaRoutes } from './agenda-routes.js';
import { meetingInput, presentAgendaItem, presentMeeting } from './presenter.js';
import {
  vergaderingBody,
  vergaderingDetailSchema,
  vergaderingListQuery,
  vergaderingPatchBody,
  vergaderingSchema,
} from './schema.js';

const TAGS = ['Vergaderingen'];

/** /vergaderingen and their agenda items. */
export function meetingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;
  const find = async (id: string) => {
    const meeting = await getMeeting(ctx.db, org, id);
    if (!meeting) throw notFound('Vergadering', id);
    return meeting;
  };

  r.get(
    '/vergaderingen',
    {
      schema: {
        tags: TAGS,
        summary: 'Vergaderingen',
        description:
          'Algemene ledenvergaderingen en ledenbijeenkomsten, filterbaar op soort, status, jaar en periode.',
        querystring: vergaderingListQuery,
        response: { 200: pageSchema(vergaderingSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const result = await listMeetings(
        ctx.db,
        org,
        {
          kind: q.soort && meetingKind.codesOf(q.soort),
          status: q.status && meetingStatus.codesOf(q.status),
          year: q.jaar,
          from: q.vanaf,
          to: q.tot,
          q: q.q,
        },
        toPage(q),
        q.sort,
      );
      return presentPage(request, reply, q, { items: result.items.map(presentMeeting), total: result.total });
    },
  );

  r.get(
    '/vergaderingen/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén vergadering met haar agenda',
        description: 'De vergadering en haar agendapunten.',
        params: idParams,
        response: { 200: vergaderingDetailSchema },
      },
    },
    async (request) => {
      const meeting = await find(request.params.id);
      const items = await listAgendaItems(ctx.db, org, meeting.id);
      return { ...presentMeeting(meeting), agendapunten: items.map(presentAgendaItem) };
    },
  );

  r.post(
    '/vergaderingen',
    {
      config: { policy: 'meeting.write' },
      schema: {
        tags: TAGS,
        summary: 'Vergadering plannen',
        description: 'Legt een nieuwe vergadering vast.',
        body: vergaderingBody,
        response: { 201: vergaderingSchema },
      },
    },
    async (request, reply) => {
      const meeting = await scheduleMeeting({
        db: ctx.db,
        writer: writerOf(request),
        meeting: meetingInput(request.body) as NewMeeting,
      });
      return reply.code(201).header('location', `${request.url}/${meeting.id}`).send(presentMeeting(meeting));
    },
  );

  r.patch(
    '/vergaderingen/:id',
    {
      config: { policy: 'meeting.write' },
      schema: {
        tags: TAGS,
        summary: 'Vergadering wijzigen',
        description: 'Wijzigt gegevens of status (gepland, gehouden, geannuleerd).',
        params: idParams,
        body: vergaderingPatchBody,
        response: { 200: vergaderingSchema },
      },
    },
    async (request) => {
      const meeting = await editMeeting({
        db: ctx.db,
        writer: writerOf(request),
        meetingId: request.params.id,
        changes: meetingInput(request.body),
      });
      return presentMeeting(meeting);
    },
  );

  agendaRoutes(app, ctx, find);

  registerAuditTrail(app, ctx, {
    collection: '/vergaderingen',
    tag: 'Vergaderingen',
    name: 'Vergadering',
    exists: async (c, id) => (await getMeeting(c.db, c.organisation.id, id)) !== undefined,
  });
}
