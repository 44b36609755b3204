import type { RegisterRoutes } from '../index.js';
import { followRoutes } from './follows.js';
import { outboxRoutes } from './outbox.js';
import { pollRoutes } from './polls.js';
import { registrationRoutes } from './registrations.js';

/** Polls, registrations, following motions, the outbox and the unsubscribe links: public and staff pages. */
export const PARTICIPATION_ROUTES: RegisterRoutes[] = [
  outboxRoutes,
  registrationRoutes,
  pollRoutes,
  followRoutes,
];
