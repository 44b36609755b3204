import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { roundReportRoute } from './rapport-route.js';
import { roundReadRoutes } from './read-routes.js';
import { roundWriteRoutes } from './write-routes.js';

/** /verantwoordingsrondes: accountability rounds and their entries (one per motion). */
export function roundRoutes(app: FastifyInstance, ctx: AppContext): void {
  roundReadRoutes(app, ctx);
  roundWriteRoutes(app, ctx);
  roundReportRoute(app, ctx);
}
