import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { resolutionStatus } from '../../domain/vocabulary/index.js';
import { draftResolution, editResolution } from '../../services/resolutions/draft-resolution.js';
import { findResolutions } from '../../services/resolutions/find-resolutions.js';
import { loadResolutionDetail } from '../../services/resolutions/load-resolution-detail.js';
import { recordResolutionVote } from '../../services/resolutions/record-resolution-vote.js';
import { canSeeResolution } from '../../services/visibility.js';
import { getResolution, listResolutionVersions } from '../../store/repositories/resolutions.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { pageSchema, presentPage, toPage } from '../http/pagination.js';
import { readCaseOf } from '../http/read-case.js';
import { idParams } from '../http/schemas.js';
import { presentResolution } from './presenter.js';
import {
  resolutieBody,
  resolutieListQuery,
  resolutiePatchBody,
  resolutieSchema,
  resolutieStemuitslagBody,
} from './schema.js';

const TAGS = ['Resoluties'];

/** /resoluties: the register and the assembly's vote; versions and clauses in version-routes.ts. */
export function resolutionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/resoluties',
    {
      schema: {
        tags: TAGS,
        summary: 'Resoluties',
        description:
          'Resoluties van het bestuur, filterbaar op status, vergadering, jaar en titel. Concepten alleen voor ' +
          'bureau, bestuur en voorzitter.',
        querystring: resolutieListQuery,
        response: { 200: pageSchema(resolutieSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const result = await findResolutions({
        ...readCaseOf(ctx, request),
        query: {
          status: q.status && resolutionStatus.codesOf(q.status),
          meetingId: q.vergadering,
          year: q.jaar,
          q: q.q,
        },
        page: toPage(q),
        sort: q.sort,
      });
      return presentPage(request, reply, q, {
        items: result.items.map(presentResolution),
        total: result.total,
      });
    },
  );

  r.get(
    '/resoluties/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén resolutie',
        description: 'De resolutie; haar tekst staat in de versies.',
        params: idParams,
        response: { 200: resolutieSchema },
      },
    },
    async (request) => {
      const { resolution } = await loadResolutionDetail({
        ...readCaseOf(ctx, request),
        resolutionId: request.params.id,
      });
      return presentResolution(resolution);
    },
  );

  r.post(
    '/resoluties',
    {
      config: { policy: 'resolution.write' },
      schema: {
        tags: TAGS,
        summary: 'Resolutie aanmaken',
        description: 'Registreert een resolutie (concept); de tekst volgt als versie.',
        body: resolutieBody,
        response: { 201: resolutieSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const resolution = await draftResolution({
        db: ctx.db,
        writer: writerOf(request),
        title: b.titel,
        meetingId: b.vergadering,
        agendaItemId: b.agendapunt,
      });
      return reply
        .code(201)
        .header('location', `${request.url}/${resolution.id}`)
        .send(presentResolution(resolution));
    },
  );

  r.patch(
    '/resoluties/:id',
    {
      config: { policy: 'resolution.write' },
      schema: {
        tags: TAGS,
        summary: 'Resolutie wijzigen',
        description: 'Titel, vergadering en agendapunt, tot de vergadering heeft besloten.',
        params: idParams,
        body: resolutiePatchBody,
        response: { 200: resolutieSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const changes = Object.fromEntries(
        Object.entries({ title: b.titel, meetingId: b.vergadering, agendaItemId: b.agendapunt }).filter(
          ([, v]) => v !== undefined,
        ),
      );
      const resolution = await editResolution({
        db: ctx.db,
        writer: writerOf(request),
        resolutionId: request.params.id,
        changes,
      });
      return presentResolution(resolution);
    },
  );

  r.post(
    '/resoluties/:id/stemuitslag',
    {
      config: { policy: 'resolution.recordVote' },
      schema: {
        tags: TAGS,
        summary: 'Stemuitslag over de resolutie vastleggen',
        description:
          'Aangenomen (een versie, standaard de laatste; de tekst ligt daarna vast) of verworpen, met percentage of bij acclamatie.',
        params: idParams,
        body: resolutieStemuitslagBody,
        response: { 200: resolutieSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const resolution = await recordResolutionVote({
        db: ctx.db,
        writer: writerOf(request),
        resolutionId: request.params.id,
        outcome: b.uitkomst === 'aangenomen' ? 'adopted' : 'rejected',
        versionId: b.versie,
        percentage: b.percentage,
        byAcclamation: b.bijAcclamatie,
      });
      return presentResolution(resolution);
    },
  );

  registerAuditTrail(app, ctx, {
    collection: '/resoluties',
    tag: 'Resoluties',
    name: 'Resolutie',
    exists: async (c, id) => (await getResolution(c.db, c.organisation.id, id)) !== undefined,
    readable: async (c, reader, id) =>
      canSeeResolution(reader, (await getResolution(c.db, c.organisation.id, id))!),
    parts: async (c, id) =>
      (await listResolutionVersions(c.db, c.organisation.id, id)).flatMap((v) => [
        v.id,
        ...v.clauses.map((k) => k.id),
      ]),
  });
}
