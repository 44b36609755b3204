import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { authorize, writerOf } from '../../auth/index.js';
import { authorizeSubmitters, motionOwner } from '../../auth/motion-ownership.js';
import { draftMotion } from '../../services/motions/draft-motion.js';
import { editMotion } from '../../services/motions/edit-motion.js';
import { invalidParam } from '../errors/problem.js';
import { idParams } from '../http/schemas.js';
import { motieCreateBody, motiePatchBody } from './input.js';
import { presentMotion } from './presenter.js';
import { motieSchema } from './schema.js';
import { visibleMotion } from './visible-motion.js';

type MotionFields = {
  titel?: string;
  onderwerp?: string | null;
  oproep?: string | null;
  toelichting?: string | null;
  nummer?: string | null;
  vergadering?: string | null;
  agendapunt?: string | null;
  enAnderen?: boolean;
};

const toMotionText = (b: MotionFields) => ({
  title: b.titel,
  topic: b.onderwerp,
  call: b.oproep,
  body: b.toelichting,
  number: b.nummer,
  meetingId: b.vergadering,
  agendaItemId: b.agendapunt,
  andOthers: b.enAnderen,
});

/** POST /moties (a concept) and PATCH /moties/{id} (what may still change). */
export function motionWriteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/moties',
    {
      config: { policy: 'motion.create' },
      schema: {
        tags: ['Moties'],
        summary: 'Motie aanmaken (concept)',
        description:
          'Maakt een motie aan met status concept. Een vertegenwoordiger van een lid dient in voor het eigen lid ' +
          '(dat moet bij de indieners staan); medewerkers voor elk lid. Daarna: POST /moties/{id}/indienen.',
        body: motieCreateBody,
        response: { 201: motieSchema },
      },
    },
    async (request, reply) => {
      const { principal } = request;
      const body = request.body;
      const submitters =
        body.indieners?.map((s) => ({ memberId: s.lid ?? null, name: s.naam ?? null })) ??
        (principal.memberId ? [{ memberId: principal.memberId }] : []);
      if (submitters.length === 0)
        throw invalidParam('indieners', 'required', 'Geef ten minste één indiener.');
      authorizeSubmitters(
        principal,
        'motion.create',
        submitters.map((s) => s.memberId ?? null),
      );
      const motion = await draftMotion({
        db: ctx.db,
        writer: writerOf(request),
        motion: { ...toMotionText(body), title: body.titel },
        submitters,
      });
      return reply.code(201).header('location', `${request.url}/${motion.id}`).send(presentMotion(motion));
    },
  );

  r.patch(
    '/moties/:id',
    {
      config: { policy: 'motion.update' },
      schema: {
        tags: ['Moties'],
        summary: 'Motie wijzigen',
        description:
          'Wijzigt velden die nog mogen veranderen: de tekst alleen in concept; nummer, onderwerp, vergadering en ' +
          'agendapunt tot de stemming. Daarna is de motie vastgelegd (409). Accepteert ook application/merge-patch+json.',
        params: idParams,
        body: motiePatchBody,
        response: { 200: motieSchema },
      },
    },
    async (request) => {
      const motion = await visibleMotion(ctx, request, request.params.id);
      authorize(request.principal, 'motion.update', motionOwner(motion));
      const changes = Object.fromEntries(
        Object.entries(toMotionText(request.body)).filter(([, v]) => v !== undefined),
      );
      const updated = await editMotion({
        db: ctx.db,
        writer: writerOf(request),
        motionId: motion.id,
        changes,
      });
      return presentMotion(updated);
    },
  );
}
