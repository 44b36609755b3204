import type { FastifyInstance } from 'fastify';
import type { Web } from '../web.js';
import { homeRoutes } from './home.js';
import { motionRoutes } from './motions.js';

export type RegisterRoutes = (app: FastifyInstance, web: Web) => void;

/** Every public route file of the portal, registered in this order. */
export const PUBLIC_ROUTES: RegisterRoutes[] = [homeRoutes, motionRoutes];
