import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../services/context.js';
import { healthRoutes } from './health/route.js';
import { memberRoutes } from './leden/routes.js';
import { motionRoutes } from './moties/index.js';
import { openApiRoute } from './openapi/route.js';
import { resolutionResource } from './resoluties/index.js';
import { roundRoutes } from './verantwoordingsrondes/index.js';
import { meetingRoutes } from './vergaderingen/routes.js';

/** Every resource of the API, each a function that adds its routes; add new ones here. */
export const RESOURCES: ((app: FastifyInstance, ctx: AppContext) => Promise<void> | void)[] = [
  openApiRoute,
  healthRoutes,
  motionRoutes,
  roundRoutes,
  meetingRoutes,
  memberRoutes,
  resolutionResource,
];
