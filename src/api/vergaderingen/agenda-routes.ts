import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { agendaPurpose } from '../../domain/vocabulary/index.js';
import { editAgendaItem, putOnAgenda } from '../../services/meetings/add-agenda-item.js';
import { listAgendaItems, type MeetingRecord } from '../../store/repositories/meetings.js';
import { pageOnlyQuery, pageSchema, presentSlice } from '../http/pagination.js';
import { idParams } from '../http/schemas.js';
import { presentAgendaItem } from './presenter.js';
import { agendapuntBody, agendapuntPatchBody, agendapuntSchema } from './schema.js';

const TAGS = ['Vergaderingen'];
const itemParams = z.strictObject({ id: z.uuid(), agendapuntId: z.uuid() });

/** /vergaderingen/{id}/agendapunten: the agenda of a meeting. */
export function agendaRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  find: (id: string) => Promise<MeetingRecord>,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;

  r.get(
    '/vergaderingen/:id/agendapunten',
    {
      schema: {
        tags: TAGS,
        summary: 'Agenda van een vergadering',
        description: 'De agendapunten in volgorde.',
        params: idParams,
        querystring: pageOnlyQuery,
        response: { 200: pageSchema(agendapuntSchema) },
      },
    },
    async (request, reply) => {
      const items = await listAgendaItems(ctx.db, org, (await find(request.params.id)).id);
      return presentSlice(request, reply, request.query, items.map(presentAgendaItem));
    },
  );

  r.post(
    '/vergaderingen/:id/agendapunten',
    {
      config: { policy: 'meeting.write' },
      schema: {
        tags: TAGS,
        summary: 'Agendapunt toevoegen',
        description: 'Voegt een agendapunt toe (zonder positie: achteraan).',
        params: idParams,
        body: agendapuntBody,
        response: { 201: agendapuntSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const item = await putOnAgenda({
        db: ctx.db,
        writer: writerOf(request),
        item: {
          meetingId: request.params.id,
          number: b.nummer,
          title: b.titel,
          purpose: b.doel ? (agendaPurpose.fromApi(b.doel) ?? undefined) : undefined,
          position: b.positie,
        },
      });
      return reply.code(201).send(presentAgendaItem(item));
    },
  );

  r.patch(
    '/vergaderingen/:id/agendapunten/:agendapuntId',
    {
      config: { policy: 'meeting.write' },
      schema: {
        tags: TAGS,
        summary: 'Agendapunt wijzigen',
        description: 'Nummer, titel, doel of positie.',
        params: itemParams,
        body: agendapuntPatchBody,
        response: { 200: agendapuntSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const changes = Object.fromEntries(
        Object.entries({
          number: b.nummer,
          title: b.titel,
          purpose: b.doel ? (agendaPurpose.fromApi(b.doel) ?? undefined) : undefined,
          position: b.positie,
        }).filter(([, v]) => v !== undefined),
      );
      const item = await editAgendaItem({
        db: ctx.db,
        writer: writerOf(request),
        meetingId: request.params.id,
        itemId: request.params.agendapuntId,
        changes,
      });
      return presentAgendaItem(item);
    },
  );
}
