import type { FastifyRequest } from 'fastify';
import { type Action, authorize } from '../../auth/index.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy (src/auth/policies.ts) a write route needs; checked per role before the body is validated. */
    policy?: Action;
  }
}

/**
 * No credentials → 401 and the wrong role → 403 before any validation, so a refused caller learns nothing
 * about the input. Policies scoped to the own member are checked again by the handler on the record.
 */
export async function checkRoutePolicy(request: FastifyRequest): Promise<void> {
  const policy = request.routeOptions.config.policy;
  if (policy) authorize(request.principal, policy);
}
