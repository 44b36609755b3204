import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { ReadCase } from '../../services/types.js';

/** The read use cases' options for this request: who asks decides what is seen. */
export const readCaseOf = (ctx: AppContext, request: FastifyRequest): ReadCase => ({
  db: ctx.db,
  organisationId: ctx.organisation.id,
  reader: request.principal,
});
