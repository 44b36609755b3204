import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { diffClauses, versionLabel } from '../../domain/index.js';
import { draftResolutionVersion } from '../../services/resolutions/draft-resolution-version.js';
import { loadResolutionDetail } from '../../services/resolutions/load-resolution-detail.js';
import { publishResolutionVersion } from '../../services/resolutions/publish-resolution-version.js';
import type { ClauseRecord } from '../../store/repositories/resolutions.js';
import { notFound } from '../errors/problem.js';
import { pageOnlyQuery, pageSchema, presentSlice } from '../http/pagination.js';
import { readCaseOf } from '../http/read-case.js';
import { emptyBody, idParams } from '../http/schemas.js';
import { clauseRoutes } from './clause-routes.js';
import { newClause, presentClause, presentVersion } from './presenter.js';
import { verschilQuery, verschilSchema, versieBody, versieSchema } from './schema.js';

const TAGS = ['Resoluties'];
const versionParams = z.strictObject({ id: z.uuid(), versieId: z.uuid() });
const CHANGE = {
  unchanged: 'ongewijzigd',
  changed: 'gewijzigd',
  added: 'toegevoegd',
  removed: 'verwijderd',
} as const;

/** Versions (immutable once published), their clauses and the clause-by-clause difference. */
export function resolutionVersionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  /** The versions the requester may see (unpublished ones are drafts of the bureau and the board). */
  const versions = async (request: FastifyRequest, resolutionId: string) =>
    (await loadResolutionDetail({ ...readCaseOf(ctx, request), resolutionId, include: ['versions'] }))
      .versions;
  const version = async (request: FastifyRequest, resolutionId: string, versionId: string) => {
    const found = (await versions(request, resolutionId)).find((v) => v.id === versionId);
    if (!found) throw notFound('Resolutieversie', versionId);
    return found;
  };

  r.get(
    '/resoluties/:id/versies',
    {
      schema: {
        tags: TAGS,
        summary: 'Versies van een resolutie',
        description: 'Alle (gepubliceerde) versies, oudste eerst, met hun clausules.',
        params: idParams,
        querystring: pageOnlyQuery,
        response: { 200: pageSchema(versieSchema) },
      },
    },
    async (request, reply) =>
      presentSlice(
        request,
        reply,
        request.query,
        (await versions(request, request.params.id)).map(presentVersion),
      ),
  );

  r.get(
    '/resoluties/:id/versies/:versieId',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén versie',
        description: 'Een versie met haar overwegingen en dictum.',
        params: versionParams,
        response: { 200: versieSchema },
      },
    },
    async (request) => presentVersion(await version(request, request.params.id, request.params.versieId)),
  );

  r.get(
    '/resoluties/:id/versies/:versieId/verschillen',
    {
      schema: {
        tags: TAGS,
        summary: 'Verschil met een andere versie, clausule voor clausule',
        description: 'Standaard ten opzichte van de vorige versie.',
        params: versionParams,
        querystring: verschilQuery,
        response: { 200: pageSchema(verschilSchema) },
      },
    },
    async (request, reply) => {
      const all = await versions(request, request.params.id);
      const index = all.findIndex((v) => v.id === request.params.versieId);
      if (index < 0) throw notFound('Resolutieversie', request.params.versieId);
      const otherId = request.query.tenOpzichteVan;
      const other = otherId ? all.find((v) => v.id === otherId) : all[index - 1];
      if (otherId && !other) throw notFound('Resolutieversie', otherId);
      const changes = diffClauses(other?.clauses ?? [], all[index].clauses);
      const out = (c: ClauseRecord | undefined) => (c ? presentClause(c) : null);
      return presentSlice(
        request,
        reply,
        request.query,
        changes.map((c) => ({
          soort: CHANGE[c.type],
          voor: out('before' in c ? c.before : undefined),
          na: out('after' in c ? c.after : undefined),
        })),
      );
    },
  );

  r.post(
    '/resoluties/:id/versies',
    {
      config: { policy: 'resolution.write' },
      schema: {
        tags: TAGS,
        summary: 'Nieuwe versie opstellen',
        description: 'Een nieuwe (ongepubliceerde) versie met clausules; niet meer na vaststelling (409).',
        params: idParams,
        body: versieBody,
        response: { 201: versieSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const created = await draftResolutionVersion({
        db: ctx.db,
        writer: writerOf(request),
        resolutionId: request.params.id,
        label: versionLabel.codeOf(b.label),
        explanation: b.toelichting,
        clauses: b.clausules.map((c) => ({
          ...newClause(c),
          conditionAgreementId: c.voorwaardeAfspraak ?? null,
        })),
      });
      return reply.code(201).send(presentVersion(created));
    },
  );

  r.post(
    '/resoluties/:id/versies/:versieId/publiceren',
    {
      config: { policy: 'resolution.publishVersion' },
      schema: {
        tags: TAGS,
        summary: 'Versie publiceren',
        description:
          'Publiceert de versie; daarna is zij onveranderlijk (een wijziging wordt een nieuwe versie).',
        params: versionParams,
        body: emptyBody,
        response: { 200: versieSchema },
      },
    },
    async (request) =>
      presentVersion(
        await publishResolutionVersion({
          db: ctx.db,
          writer: writerOf(request),
          resolutionId: request.params.id,
          versionId: request.params.versieId,
        }),
      ),
  );

  clauseRoutes(app, ctx);
}
