import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import {
  loadMotionDetail,
  type MotionDetail,
  type MotionDetailPart,
} from '../../services/motions/load-motion-detail.js';
import { canSeeMotion } from '../../services/visibility.js';
import { listAmendments, listPreAdvices } from '../../store/repositories/motion-extras.js';
import { getMotion, listMotionParts } from '../../store/repositories/motions.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { type PageQuery, pageOnlyQuery, pageSchema, presentSlice } from '../http/pagination.js';
import { readCaseOf } from '../http/read-case.js';
import { idParams } from '../http/schemas.js';
import { presentAmendment } from './amendment-presenter.js';
import {
  presentMotionDetail,
  presentMotionEntry,
  presentPart,
  presentPreAdvice,
  presentTransition,
} from './presenter.js';
import {
  amendementSchema,
  deelSchema,
  motieDetailSchema,
  preadviesSchema,
  statusovergangSchema,
  verantwoordingKortSchema,
} from './schema.js';

const TAGS = ['Moties'];

/** GET /moties/{id} and its read-only sub-resources, each a paged collection. */
export function motionReadRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/moties/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén motie',
        description:
          'De motie met haar delen, het geldende preadvies, de vervolgstappen en de verantwoording per ronde.',
        params: idParams,
        response: { 200: motieDetailSchema },
      },
    },
    async (request) => {
      const detail = await loadMotionDetail({
        ...readCaseOf(ctx, request),
        motionId: request.params.id,
        include: ['parts', 'preAdvices', 'entries'],
      });
      return presentMotionDetail(detail.motion, detail);
    },
  );

  /** A sub-resource: one part of the motion's detail, presented item by item, in the paged envelope. */
  const sub = <K extends MotionDetailPart, T extends z.ZodType>(spec: {
    path: string;
    summary: string;
    description: string;
    item: T;
    part: K;
    present: (items: MotionDetail<K>[K]) => z.input<T>[];
  }) =>
    r.get(
      `/moties/:id/${spec.path}`,
      {
        schema: {
          tags: TAGS,
          summary: spec.summary,
          description: spec.description,
          params: idParams,
          querystring: pageOnlyQuery,
          response: { 200: pageSchema(spec.item) },
        },
      },
      async (
        request: FastifyRequest<{ Params: { id: string }; Querystring: PageQuery }>,
        reply: FastifyReply,
      ) => {
        const detail = await loadMotionDetail({
          ...readCaseOf(ctx, request),
          motionId: request.params.id,
          include: [spec.part],
        });
        return presentSlice(request, reply, request.query, spec.present(detail[spec.part])) as never;
      },
    );

  sub({
    path: 'statusovergangen',
    summary: 'Statusgeschiedenis van de motie',
    description:
      'Elke statusovergang van de motie, oudste eerst, met wanneer, door wie en in welke vergadering.',
    item: statusovergangSchema,
    part: 'transitions',
    present: (items) => items.map(presentTransition),
  });
  sub({
    path: 'delen',
    summary: 'Delen van de motie (bij stemmen per deel)',
    description: 'De delen van de motie in de volgorde van de tekst, elk met status en stemuitslag.',
    item: deelSchema,
    part: 'parts',
    present: (items) => items.map(presentPart),
  });
  sub({
    path: 'preadviezen',
    summary: 'Preadviezen van het bestuur, oudste eerst',
    description: 'Alle preadviezen van het bestuur over de motie, oudste eerst; het laatste geldt.',
    item: preadviesSchema,
    part: 'preAdvices',
    present: (items) => items.map(presentPreAdvice),
  });
  sub({
    path: 'amendementen',
    summary: 'Amendementen op de motie',
    description: 'De amendementen op de motie, oudste eerst.',
    item: amendementSchema,
    part: 'amendments',
    present: (items) => items.map(presentAmendment),
  });
  sub({
    path: 'verantwoordingen',
    summary: 'Verantwoording over de motie, per ronde',
    description:
      'De verantwoording van het bestuur per verantwoordingsronde, met voorstel en besluit. Zolang een ronde ' +
      'open is, alleen voor bureau, bestuur en voorzitter.',
    item: verantwoordingKortSchema,
    part: 'entries',
    present: (items) => items.map(presentMotionEntry),
  });

  registerAuditTrail(app, ctx, {
    collection: '/moties',
    tag: 'Moties',
    name: 'Motie',
    exists: async (c, id) => (await getMotion(c.db, c.organisation.id, id)) !== undefined,
    readable: async (c, reader, id) => canSeeMotion(reader, (await getMotion(c.db, c.organisation.id, id))!),
    parts: async (c, id) => [
      ...(await listMotionParts(c.db, id)).map((p) => p.id),
      ...(await listPreAdvices(c.db, c.organisation.id, id)).map((p) => p.id),
      ...(await listAmendments(c.db, c.organisation.id, { kind: 'motion', id })).map((a) => a.id),
    ],
  });
}
