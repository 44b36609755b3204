import type { FastifyInstance } from 'fastify';
import { createLiveStreams } from '../../assembly/live-stream.js';
import type { Web } from '../../web.js';
import { assemblyBallotRoutes } from './ballot.js';
import { assemblyConsoleRoutes } from './console.js';
import { councilConsoleRoutes } from './council-console.js';
import { servesCouncil } from './meeting-lookups.js';
import { assemblyScreenRoutes } from './screen.js';

/**
 * The live assembly: the chair's console, the members' ballots, the public screen, one event stream. A council
 * votes by seats in its own console (the griffie records the factions' votes): it has no members' ballot and
 * no weighted screen, so those addresses are not served for it (404, never the association's texts).
 */
export function assemblyRoutes(app: FastifyInstance, web: Web): void {
  if (servesCouncil(web)) {
    councilConsoleRoutes(app, web);
    return;
  }
  const live = createLiveStreams(app, web);
  assemblyConsoleRoutes(app, web, live);
  assemblyBallotRoutes(app, web, live);
  assemblyScreenRoutes(app, web, live);
}
