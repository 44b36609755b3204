import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { registrationRoutes } from './aanmeldingen/routes.js';
import { calendarRoutes } from './kalender/routes.js';
import { pollRoutes } from './peilingen/routes.js';

/** The resources of member participation: registrations, polls and the calendars. */
export const PARTICIPATION_RESOURCES: ((app: FastifyInstance, ctx: AppContext) => Promise<void> | void)[] = [
  registrationRoutes,
  calendarRoutes,
  pollRoutes,
];
