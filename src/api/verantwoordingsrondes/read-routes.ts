import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { can } from '../../auth/index.js';
import { roundStatus } from '../../domain/vocabulary/index.js';
import {
  getAccountabilityRound,
  listAccountabilityRounds,
  listRoundEntries,
} from '../../store/repositories/accountability.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { notFound } from '../errors/problem.js';
import { pageOnlyQuery, pageSchema, presentPage, presentSlice, toPage } from '../http/pagination.js';
import { idParams } from '../http/schemas.js';
import { presentEntry, presentRound } from './presenter.js';
import { rondeDetailSchema, rondeListQuery, rondeSchema, verantwoordingSchema } from './schema.js';

const TAGS = ['Verantwoording'];
export const entryParams = z.strictObject({ id: z.uuid(), verantwoordingId: z.uuid() });

export function roundReadRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;
  const findRound = async (id: string) => {
    const round = await getAccountabilityRound(ctx.db, org, id);
    if (!round) throw notFound('Verantwoordingsronde', id);
    return round;
  };

  r.get(
    '/verantwoordingsrondes',
    {
      schema: {
        tags: TAGS,
        summary: 'Verantwoordingsrondes',
        description: 'Alle verantwoordingsrondes, filterbaar op vergadering en status.',
        querystring: rondeListQuery,
        response: { 200: pageSchema(rondeSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const status = q.status && roundStatus.codesOf(q.status);
      const result = await listAccountabilityRounds(
        ctx.db,
        org,
        { meetingId: q.vergadering, status },
        toPage(q),
        q.sort,
      );
      return presentPage(request, reply, q, { items: result.items.map(presentRound), total: result.total });
    },
  );

  r.get(
    '/verantwoordingsrondes/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén verantwoordingsronde met haar verantwoordingen',
        description:
          'De ronde met per motie de verantwoording, het voorstel en het besluit. Zolang de ronde open is, zijn tekst en voorstel alleen zichtbaar voor bureau, bestuur en voorzitter.',
        params: idParams,
        response: { 200: rondeDetailSchema },
      },
    },
    async (request) => {
      const round = await findRound(request.params.id);
      const entries = await listRoundEntries(ctx.db, org, round.id);
      const show = can(request.principal, 'accountability.readDraft');
      return {
        ...presentRound(round),
        verantwoordingen: entries.map((e) => presentEntry(e, show, round.status === 'open')),
      };
    },
  );

  r.get(
    '/verantwoordingsrondes/:id/verantwoordingen',
    {
      schema: {
        tags: TAGS,
        summary: 'Verantwoordingen van een ronde',
        description: 'Eén verantwoording per motie, in de volgorde van het rapport.',
        params: idParams,
        querystring: pageOnlyQuery,
        response: { 200: pageSchema(verantwoordingSchema) },
      },
    },
    async (request, reply) => {
      const round = await findRound(request.params.id);
      const show = can(request.principal, 'accountability.readDraft');
      const entries = await listRoundEntries(ctx.db, org, round.id);
      return presentSlice(
        request,
        reply,
        request.query,
        entries.map((e) => presentEntry(e, show, round.status === 'open')),
      );
    },
  );

  r.get(
    '/verantwoordingsrondes/:id/verantwoordingen/:verantwoordingId',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén verantwoording',
        description: 'De verantwoording over één motie in deze ronde.',
        params: entryParams,
        response: { 200: verantwoordingSchema },
      },
    },
    async (request) => {
      const round = await findRound(request.params.id);
      const entry = (await listRoundEntries(ctx.db, org, round.id)).find(
        (e) => e.id === request.params.verantwoordingId,
      );
      if (!entry) throw notFound('Verantwoording', request.params.verantwoordingId);
      return presentEntry(entry, can(request.principal, 'accountability.readDraft'), round.status === 'open');
    },
  );

  registerAuditTrail(app, ctx, {
    collection: '/verantwoordingsrondes',
    tag: 'Verantwoording',
    name: 'Verantwoordingsronde',
    exists: async (c, id) => (await getAccountabilityRound(c.db, c.organisation.id, id)) !== undefined,
    parts: async (c, id) => (await listRoundEntries(c.db, c.organisation.id, id)).map((e) => e.id),
  });
}
