import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { Action, Principal } from '../../auth/index.js';
import { auditEventView } from '../../services/audit-event-view.js';
import type { AuditEventRecord } from '../../store/repositories/audit-events.js';
import { listAuditEventsForEntity } from '../../store/repositories/audit-events.js';
import { notFound } from '../errors/problem.js';
import { pageQuery, presentPage, toPage } from '../http/pagination.js';
import { auditPageSchema } from './schema.js';

export type AuditTrailSpec = {
  /** Collection path, e.g. '/moties'; the route is `${collection}/:id/audittrail`. */
  collection: string;
  tag: string;
  /** Dutch name for the 404 message, e.g. 'Motie'. */
  name: string;
  exists: (ctx: AppContext, id: string) => Promise<boolean>;
  /**
   * Whether the reader may see the record itself (a concept motion, a concept resolution, the source document
   * of one): the trail of a record the reader may not see answers 404, as the record does. Default: yes.
   */
  readable?: (ctx: AppContext, principal: Principal, id: string) => Promise<boolean>;
  /** For a vote: its status, which decides whether ballots and the tally show in the trail. */
  voteStatus?: (ctx: AppContext, id: string) => Promise<string>;
  /** Who may read it; default: every signed-in user. */
  policy?: Action;
  /** Ids of the record's parts whose events belong to its trail (entries of a round, versions of a resolution). */
  parts?: (ctx: AppContext, id: string) => Promise<string[]>;
};

const present = (e: AuditEventRecord, view: { oldValues: unknown; newValues: unknown }) => ({
  id: e.id,
  volgnummer: e.seq,
  actie: e.action,
  soort: e.entityKind,
  recordId: e.entityId,
  actor: { id: e.actorId, naam: e.actorLabel },
  tijdstip: e.at,
  oudeWaarden: view.oldValues,
  nieuweWaarden: view.newValues,
  verzoekId: e.requestId,
  hash: e.hash,
  vorigeHash: e.prevHash,
});

/** GET {collection}/{id}/audittrail: the record's events from the hash-chained audit log (read-only). */
export function registerAuditTrail(app: FastifyInstance, ctx: AppContext, spec: AuditTrailSpec): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    `${spec.collection}/:id/audittrail`,
    {
      config: { policy: spec.policy ?? 'audit.read' },
      schema: {
        tags: ['Audittrail'],
        summary: `Audittrail van een ${spec.name.toLowerCase()}`,
        description:
          'Elke wijziging van dit record en zijn onderdelen: wie, wanneer, wat, oude en nieuwe waarden, uit de hashketen. Alleen voor ingelogde gebruikers.',
        params: z.strictObject({ id: z.uuid() }),
        querystring: z.strictObject(pageQuery),
        response: { 200: auditPageSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await spec.exists(ctx, id))) throw notFound(spec.name, id);
      if (spec.readable && !(await spec.readable(ctx, request.principal, id))) throw notFound(spec.name, id);
      const record = {
        kind: spec.voteStatus ? 'vote' : spec.collection,
        vote: spec.voteStatus ? { status: await spec.voteStatus(ctx, id) } : undefined,
      };
      const result = await listAuditEventsForEntity(
        ctx.db,
        ctx.organisation.id,
        request.params.id,
        toPage(request.query),
      );
      return presentPage(request, reply, request.query, {
        items: result.items.map((e) => present(e, auditEventView(request.principal, record, e))),
        total: result.total,
      });
    },
  );
}
