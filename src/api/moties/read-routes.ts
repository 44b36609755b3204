import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { can } from '../../auth/index.js';
import { canSeeMotion } from '../../auth/motion-visibility.js';
import { listMotionAccountability } from '../../store/repositories/accountability.js';
import { listAmendments, listPreAdvices } from '../../store/repositories/motion-extras.js';
import { getMotion, listMotionParts, listMotionTransitions } from '../../store/repositories/motions.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
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
import { findVisibleMotion } from './visibility.js';

const TAGS = ['Moties'];

/** GET /moties/{id} and its read-only sub-resources. */
export function motionReadRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;

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
      const motion = await findVisibleMotion(ctx, request.principal, request.params.id);
      const [parts, preAdvices, entries] = await Promise.all([
        listMotionParts(ctx.db, motion.id),
        listPreAdvices(ctx.db, org, motion.id),
        listMotionAccountability(ctx.db, org, motion.id),
      ]);
      const showDraftEntries = can(request.principal, 'accountability.readDraft');
      return presentMotionDetail(motion, { parts, preAdvices, entries, showDraftEntries });
    },
  );

  const sub = <T extends z.ZodType>(
    path: string,
    summary: string,
    item: T,
    load: (id: string) => Promise<unknown[]>,
  ) =>
    r.get(
      `/moties/:id/${path}`,
      {
        schema: {
          tags: TAGS,
          summary,
          description: summary,
          params: idParams,
          response: { 200: z.array(item) },
        },
      },
      async (request) => {
        const motion = await findVisibleMotion(ctx, request.principal, request.params.id);
        return (await load(motion.id)) as never;
      },
    );

  sub('statusovergangen', 'Statusgeschiedenis van de motie', statusovergangSchema, async (id) =>
    (await listMotionTransitions(ctx.db, id)).map(presentTransition),
  );
  sub('delen', 'Delen van de motie (bij stemmen per deel)', deelSchema, async (id) =>
    (await listMotionParts(ctx.db, id)).map(presentPart),
  );
  sub('preadviezen', 'Preadviezen van het bestuur, oudste eerst', preadviesSchema, async (id) =>
    (await listPreAdvices(ctx.db, org, id)).map(presentPreAdvice),
  );
  sub('amendementen', 'Amendementen op de motie', amendementSchema, async (id) =>
    (await listAmendments(ctx.db, org, { kind: 'motion', id })).map(presentAmendment),
  );
  r.get(
    '/moties/:id/verantwoordingen',
    {
      schema: {
        tags: TAGS,
        summary: 'Verantwoording over de motie, per ronde',
        description: 'De verantwoording van het bestuur per verantwoordingsronde, met voorstel en besluit.',
        params: idParams,
        response: { 200: z.array(verantwoordingKortSchema) },
      },
    },
    async (request) => {
      const motion = await findVisibleMotion(ctx, request.principal, request.params.id);
      const showDrafts = can(request.principal, 'accountability.readDraft');
      const entries = await listMotionAccountability(ctx.db, org, motion.id);
      return entries.filter((e) => showDrafts || e.round.status !== 'open').map(presentMotionEntry);
    },
  );

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
