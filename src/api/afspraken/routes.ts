import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { agreementStatus } from '../../domain/vocabulary/index.js';
import { changeAgreementStatus } from '../../services/agreements/change-agreement-status.js';
import { hideUnseenResolutions } from '../../services/agreements/hide-unseen-resolutions.js';
import { editAgreement, recordAgreement } from '../../services/agreements/record-agreement.js';
import { overdueReference } from '../../services/registers/overdue-reference.js';
import { getAgreement, listAgreements } from '../../store/repositories/agreements.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { notFound } from '../errors/problem.js';
import { pageSchema, presentPage, toPage } from '../http/pagination.js';
import { readCaseOf } from '../http/read-case.js';
import { idParams } from '../http/schemas.js';
import { agreementInput, presentAgreement } from './presenter.js';
import {
  afspraakBody,
  afspraakListQuery,
  afspraakPatchBody,
  afspraakSchema,
  afspraakStatusBody,
} from './schema.js';

const TAGS = ['Afspraken'];

/** /afspraken: agreements and promises, their status and (derived) overdue state. */
export function agreementRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;

  r.get(
    '/afspraken',
    {
      schema: {
        tags: TAGS,
        summary: 'Afspraken',
        description:
          'Afspraken en toezeggingen, filterbaar op status, partij, bron, uiterste datum en verlopen.',
        querystring: afspraakListQuery,
        response: { 200: pageSchema(afspraakSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const { today } = await overdueReference(ctx.db, org);
      const result = await listAgreements(
        ctx.db,
        org,
        {
          status: q.status && agreementStatus.codesOf(q.status),
          party: q.partij,
          consultationId: q.overleg,
          resolutionId: q.resolutie,
          letterId: q.ledenbrief,
          overdueOn: q.verlopen === 'true' ? today : undefined,
          dueFrom: q.vanaf,
          dueTo: q.tot,
          q: q.q,
        },
        toPage(q),
        q.sort,
      );
      return presentPage(request, reply, q, {
        items: (await hideUnseenResolutions(readCaseOf(ctx, request), result.items)).map((a) =>
          presentAgreement(a, today),
        ),
        total: result.total,
      });
    },
  );

  r.get(
    '/afspraken/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén afspraak',
        description: 'De afspraak met status en of zij verlopen is.',
        params: idParams,
        response: { 200: afspraakSchema },
      },
    },
    async (request) => {
      const agreement = await getAgreement(ctx.db, org, request.params.id);
      if (!agreement) throw notFound('Afspraak', request.params.id);
      const [seen] = await hideUnseenResolutions(readCaseOf(ctx, request), [agreement]);
      return presentAgreement(seen, (await overdueReference(ctx.db, org)).today);
    },
  );

  r.post(
    '/afspraken',
    {
      config: { policy: 'agreement.write' },
      schema: {
        tags: TAGS,
        summary: 'Afspraak vastleggen',
        description: 'Een nieuwe afspraak of toezegging, status open.',
        body: afspraakBody,
        response: { 201: afspraakSchema },
      },
    },
    async (request, reply) => {
      const agreement = await recordAgreement({
        db: ctx.db,
        writer: writerOf(request),
        agreement: agreementInput(request.body) as { text: string },
      });
      return reply
        .code(201)
        .header('location', `${request.url}/${agreement.id}`)
        .send(presentAgreement(agreement, (await overdueReference(ctx.db, org)).today));
    },
  );

  r.patch(
    '/afspraken/:id',
    {
      config: { policy: 'agreement.write' },
      schema: {
        tags: TAGS,
        summary: 'Afspraak corrigeren',
        description:
          'Tekst, partij, uiterste datum of bron, zolang de afspraak open is. Status: POST …/status.',
        params: idParams,
        body: afspraakPatchBody,
        response: { 200: afspraakSchema },
      },
    },
    async (request) =>
      presentAgreement(
        await editAgreement({
          db: ctx.db,
          writer: writerOf(request),
          agreementId: request.params.id,
          changes: agreementInput(request.body),
        }),
        (await overdueReference(ctx.db, org)).today,
      ),
  );

  r.post(
    '/afspraken/:id/status',
    {
      config: { policy: 'agreement.changeStatus' },
      schema: {
        tags: TAGS,
        summary: 'Status van een afspraak wijzigen',
        description:
          'open → nagekomen, gedeeltelijk-nagekomen, niet-nagekomen of ingetrokken; een afspraak wordt één keer beoordeeld (daarna 409).',
        params: idParams,
        body: afspraakStatusBody,
        response: { 200: afspraakSchema },
      },
    },
    async (request) =>
      presentAgreement(
        await changeAgreementStatus({
          db: ctx.db,
          writer: writerOf(request),
          agreementId: request.params.id,
          status: agreementStatus.codeOf(request.body.status),
        }),
        (await overdueReference(ctx.db, org)).today,
      ),
  );

  registerAuditTrail(app, ctx, {
    collection: '/afspraken',
    tag: 'Afspraken',
    name: 'Afspraak',
    exists: async (c, id) => (await getAgreement(c.db, c.organisation.id, id)) !== undefined,
  });
}
