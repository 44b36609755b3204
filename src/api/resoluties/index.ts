import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../services/context.js';
import { resolutionRoutes } from './routes.js';
import { resolutionVersionRoutes } from './version-routes.js';

export function resolutionResource(app: FastifyInstance, ctx: AppContext): void {
  resolutionRoutes(app, ctx);
  resolutionVersionRoutes(app, ctx);
}
