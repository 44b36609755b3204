import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { agreementRoutes } from './afspraken/routes.js';
import { documentRoutes } from './documenten/routes.js';
import { exportRoutes } from './export/routes.js';
import { userRoutes } from './gebruikers/routes.js';
import { healthRoutes } from './health/route.js';
import { importRoutes } from './imports/routes.js';
import { memberRoutes } from './leden/routes.js';
import { letterRoutes } from './ledenbrieven/routes.js';
import { motionRoutes } from './moties/index.js';
import { openApiRoute } from './openapi/route.js';
import { consultationRoutes } from './overleggen/routes.js';
import { PARTICIPATION_RESOURCES } from './participation.js';
import { remoteVoteRoutes } from './raadplegingen/routes.js';
import { resolutionResource } from './resoluties/index.js';
import { sessionRoutes } from './sessies/routes.js';
import { voteRoutes } from './stemmingen/routes.js';
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
  agreementRoutes,
  consultationRoutes,
  letterRoutes,
  documentRoutes,
  userRoutes,
  sessionRoutes,
  voteRoutes,
  remoteVoteRoutes,
  exportRoutes,
  importRoutes,
  ...PARTICIPATION_RESOURCES,
];
