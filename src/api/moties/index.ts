import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { motionActionRoutes } from './action-routes.js';
import { motionListRoute } from './list-route.js';
import { motionPartRoutes } from './part-routes.js';
import { motionReadRoutes } from './read-routes.js';
import { motionWriteRoutes } from './write-routes.js';

/** /moties: the register, its lifecycle operations and sub-resources. */
export function motionRoutes(app: FastifyInstance, ctx: AppContext): void {
  motionListRoute(app, ctx);
  motionReadRoutes(app, ctx);
  motionWriteRoutes(app, ctx);
  motionActionRoutes(app, ctx);
  motionPartRoutes(app, ctx);
}
