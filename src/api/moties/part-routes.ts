import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { authorize, writerOf } from '../../auth/index.js';
import { authorizeSubmitters } from '../../auth/motion-ownership.js';
import { preAdvice } from '../../domain/vocabulary/index.js';
import { editMotionPart, splitMotion } from '../../services/motions/add-motion-part.js';
import { amendMotion } from '../../services/motions/amend-motion.js';
import { givePreAdvice } from '../../services/motions/give-pre-advice.js';
import { recordPartVoteResult } from '../../services/motions/record-part-vote-result.js';
import { motionResource } from '../../services/visibility.js';
import { idParams } from '../http/schemas.js';
import { presentAmendment } from './amendment-presenter.js';
import { amendementBody, deelBody, deelPatchBody, preadviesBody, stemuitslagBody } from './input.js';
import { presentMotion, presentPart, presentPreAdvice } from './presenter.js';
import { amendementSchema, deelSchema, motieSchema, preadviesSchema } from './schema.js';
import { visibleMotion } from './visible-motion.js';

const partParams = z.strictObject({ id: z.uuid(), deelId: z.uuid().describe('UUID van het deel.') });
const OUTCOME = { aangenomen: 'adopted', verworpen: 'rejected', uitgesteld: 'postponed' } as const;
const TAGS = ['Moties'];

/** Parts (stemmen per deel), amendments and pre-advice of a motion. */
export function motionPartRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const load = (request: FastifyRequest, id: string) => visibleMotion(ctx, request, id);

  r.post(
    '/moties/:id/delen',
    {
      config: { policy: 'motion.addPart' },
      schema: {
        tags: TAGS,
        summary: 'Deel toevoegen (stemmen per deel)',
        description: 'Splitst de motie voor stemming per deel; alleen vóór de stemming.',
        params: idParams,
        body: deelBody,
        response: { 201: deelSchema },
      },
    },
    async (request, reply) => {
      const motion = await load(request, request.params.id);
      authorize(request.principal, 'motion.addPart');
      const part = await splitMotion({
        db: ctx.db,
        writer: writerOf(request),
        motionId: motion.id,
        text: request.body.tekst,
        number: request.body.nummer,
      });
      return reply.code(201).send(presentPart(part));
    },
  );

  r.patch(
    '/moties/:id/delen/:deelId',
    {
      config: { policy: 'motion.addPart' },
      schema: {
        tags: TAGS,
        summary: 'Tekst van een deel corrigeren',
        description: 'Alleen vóór de stemming.',
        params: partParams,
        body: deelPatchBody,
        response: { 200: deelSchema },
      },
    },
    async (request) => {
      const motion = await load(request, request.params.id);
      authorize(request.principal, 'motion.addPart');
      const part = await editMotionPart({
        db: ctx.db,
        writer: writerOf(request),
        motionId: motion.id,
        partId: request.params.deelId,
        text: request.body.tekst,
      });
      return presentPart(part);
    },
  );

  r.post(
    '/moties/:id/delen/:deelId/stemuitslag',
    {
      config: { policy: 'motion.recordVote' },
      schema: {
        tags: TAGS,
        summary: 'Stemuitslag van een deel vastleggen',
        description:
          'Legt de uitkomst per deel vast (deel 1 aangenomen, deel 2 uitgesteld …). De status van de motie volgt uit haar delen.',
        params: partParams,
        body: stemuitslagBody,
        response: { 200: motieSchema },
      },
    },
    async (request) => {
      const motion = await load(request, request.params.id);
      authorize(request.principal, 'motion.recordVote');
      const b = request.body;
      const updated = await recordPartVoteResult({
        db: ctx.db,
        writer: writerOf(request),
        motionId: motion.id,
        partId: request.params.deelId,
        outcome: OUTCOME[b.uitkomst],
        percentage: b.percentage,
        byAcclamation: b.bijAcclamatie,
        meetingId: b.vergadering,
      });
      return presentMotion(updated);
    },
  );

  r.post(
    '/moties/:id/amendementen',
    {
      config: { policy: 'amendment.create' },
      schema: {
        tags: TAGS,
        summary: 'Amendement indienen',
        description: 'Een amendement op de motie, vóór de stemming. Standaard is het eigen lid de indiener.',
        params: idParams,
        body: amendementBody,
        response: { 201: amendementSchema },
      },
    },
    async (request, reply) => {
      const motion = await load(request, request.params.id);
      const { principal } = request;
      const submitters =
        request.body.indieners?.map((s) => ({ memberId: s.lid ?? null, name: s.naam ?? null })) ??
        (principal.memberId
          ? [{ memberId: principal.memberId, name: null }]
          : [{ memberId: null, name: principal.label }]);
      authorizeSubmitters(
        principal,
        'amendment.create',
        submitters.map((s) => s.memberId ?? null),
      );
      const amendment = await amendMotion({
        db: ctx.db,
        writer: writerOf(request),
        motionId: motion.id,
        title: request.body.titel,
        text: request.body.tekst,
        submitters,
      });
      return reply.code(201).send(presentAmendment(amendment));
    },
  );

  r.post(
    '/moties/:id/preadviezen',
    {
      config: { policy: 'preAdvice.create' },
      schema: {
        tags: TAGS,
        summary: 'Preadvies van het bestuur vastleggen',
        description:
          'overnemen, ontraden, oordeel-vergadering of aanhouden; een nieuw preadvies vervangt het vorige.',
        params: idParams,
        body: preadviesBody,
        response: { 201: preadviesSchema },
      },
    },
    async (request, reply) => {
      const motion = await load(request, request.params.id);
      authorize(request.principal, 'preAdvice.create', motionResource(motion));
      const advice = await givePreAdvice({
        db: ctx.db,
        writer: writerOf(request),
        motionId: motion.id,
        advice: preAdvice.codeOf(request.body.advies),
        text: request.body.toelichting,
      });
      return reply.code(201).send(presentPreAdvice(advice));
    },
  );
}
