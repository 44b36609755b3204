import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { editConsultation, recordConsultation } from '../../services/registers/record-consultation.js';
import {
  type ConsultationRecord,
  getConsultation,
  listConsultations,
} from '../../store/repositories/consultations.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { notFound } from '../errors/problem.js';
import { API_PREFIX } from '../http/api-version.js';
import { pageSchema, presentPage, toPage } from '../http/pagination.js';
import { href, idParams, isoDate, pageQueryKeys, q, sortParam, timestamp, year } from '../http/schemas.js';

const TAGS = ['Overleggen'];
const text = (max: number) => z.string().trim().min(1).max(max);

const overlegSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    datum: isoDate,
    partijen: z.array(z.string()),
    uitkomsten: z.array(z.string()),
    gewijzigdOp: timestamp,
    _links: z.object({ self: href, afspraken: href, audittrail: href }),
  })
  .meta({ id: 'Overleg' });
const overlegBody = z.strictObject({
  titel: text(300),
  datum: isoDate,
  partijen: z.array(text(200)).max(100).optional(),
  uitkomsten: z.array(text(5000)).max(200).optional(),
});
const listQuery = z.strictObject({
  jaar: year.optional(),
  q: q.optional(),
  sort: sortParam({ datum: 'date', titel: 'title' }, '-datum'),
  ...pageQueryKeys,
});

function present(c: ConsultationRecord) {
  const self = `${API_PREFIX}/overleggen/${c.id}`;
  return {
    id: c.id,
    titel: c.title,
    datum: c.date,
    partijen: c.parties,
    uitkomsten: c.outcomes,
    gewijzigdOp: c.updatedAt,
    _links: {
      self: { href: self },
      afspraken: { href: `${API_PREFIX}/afspraken?overleg=${c.id}` },
      audittrail: { href: `${self}/audittrail` },
    },
  };
}

/** /overleggen: consultations such as het Overhedenoverleg, the source of many agreements. */
export function consultationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;

  r.get(
    '/overleggen',
    {
      schema: {
        tags: TAGS,
        summary: 'Overleggen',
        description: 'Overleggen met hun partijen en uitkomsten.',
        querystring: listQuery,
        response: { 200: pageSchema(overlegSchema) },
      },
    },
    async (request, reply) => {
      const qy = request.query;
      const result = await listConsultations(ctx.db, org, { year: qy.jaar, q: qy.q }, toPage(qy), qy.sort);
      return presentPage(request, reply, qy, { items: result.items.map(present), total: result.total });
    },
  );

  r.get(
    '/overleggen/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén overleg',
        description:
          'Het overleg met partijen en uitkomsten; de afspraken staan onder /afspraken?overleg={id}.',
        params: idParams,
        response: { 200: overlegSchema },
      },
    },
    async (request) => {
      const found = await getConsultation(ctx.db, org, request.params.id);
      if (!found) throw notFound('Overleg', request.params.id);
      return present(found);
    },
  );

  r.post(
    '/overleggen',
    {
      config: { policy: 'consultation.write' },
      schema: {
        tags: TAGS,
        summary: 'Overleg vastleggen',
        description: 'Een nieuw overleg.',
        body: overlegBody,
        response: { 201: overlegSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const created = await recordConsultation({
        db: ctx.db,
        writer: writerOf(request),
        consultation: { title: b.titel, date: b.datum, parties: b.partijen, outcomes: b.uitkomsten },
      });
      return reply.code(201).header('location', `${request.url}/${created.id}`).send(present(created));
    },
  );

  r.patch(
    '/overleggen/:id',
    {
      config: { policy: 'consultation.write' },
      schema: {
        tags: TAGS,
        summary: 'Overleg wijzigen',
        description: 'Titel, datum, partijen of uitkomsten.',
        params: idParams,
        body: overlegBody.partial(),
        response: { 200: overlegSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const changes = Object.fromEntries(
        Object.entries({ title: b.titel, date: b.datum, parties: b.partijen, outcomes: b.uitkomsten }).filter(
          ([, v]) => v !== undefined,
        ),
      );
      return present(
        await editConsultation({
          db: ctx.db,
          writer: writerOf(request),
          consultationId: request.params.id,
          changes,
        }),
      );
    },
  );

  registerAuditTrail(app, ctx, {
    collection: '/overleggen',
    tag: 'Overleggen',
    name: 'Overleg',
    exists: async (c, id) => (await getConsultation(c.db, c.organisation.id, id)) !== undefined,
  });
}
