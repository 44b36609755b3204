import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { resolutionRoutes } from './routes.js';
import { resolutionVersionRoutes } from './version-routes.js';

export function resolutionResource(app: FastifyInstance, ctx: AppContext): void {
  resolutionRoutes(app, ctx);
  resolutionVersionRoutes(app, ctx);
}
