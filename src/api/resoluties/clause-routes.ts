import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import {
  addResolutionClause,
  editResolutionClause,
} from '../../services/resolutions/draft-resolution-version.js';
import { clauseChanges, newClause, presentClause } from './presenter.js';
import { clausuleBody, clausulePatchBody, clausuleSchema } from './schema.js';

const TAGS = ['Resoluties'];
const versionParams = z.strictObject({ id: z.uuid(), versieId: z.uuid() });
const clauseParams = z.strictObject({ id: z.uuid(), versieId: z.uuid(), clausuleId: z.uuid() });

/** Clauses (overwegingen and dictum) of a version that is not yet published. */
export function clauseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/resoluties/:id/versies/:versieId/clausules',
    {
      config: { policy: 'resolution.write' },
      schema: {
        tags: TAGS,
        summary: 'Clausule toevoegen',
        description: 'Alleen aan een ongepubliceerde versie.',
        params: versionParams,
        body: clausuleBody,
        response: { 201: clausuleSchema },
      },
    },
    async (request, reply) => {
      const clause = await addResolutionClause({
        db: ctx.db,
        writer: writerOf(request),
        resolutionId: request.params.id,
        versionId: request.params.versieId,
        clause: {
          ...newClause(request.body),
          conditionAgreementId: request.body.voorwaardeAfspraak,
        },
      });
      return reply.code(201).send(presentClause(clause));
    },
  );

  r.patch(
    '/resoluties/:id/versies/:versieId/clausules/:clausuleId',
    {
      config: { policy: 'resolution.write' },
      schema: {
        tags: TAGS,
        summary: 'Clausule wijzigen of aan een afspraak koppelen',
        description: 'De tekst alleen in een ongepubliceerde versie; de koppeling aan een afspraak altijd.',
        params: clauseParams,
        body: clausulePatchBody,
        response: { 200: clausuleSchema },
      },
    },
    async (request) => {
      const clause = await editResolutionClause({
        db: ctx.db,
        writer: writerOf(request),
        resolutionId: request.params.id,
        versionId: request.params.versieId,
        clauseId: request.params.clausuleId,
        changes: clauseChanges(request.body),
        conditionAgreementId: request.body.voorwaardeAfspraak,
      });
      return presentClause(clause);
    },
  );
}
