import type { FastifyInstance } from 'fastify';
import { createLiveStreams } from '../../assembly/live-stream.js';
import type { Web } from '../../web.js';
import { assemblyBallotRoutes } from './ballot.js';
import { assemblyConsoleRoutes } from './console.js';
import { councilConsoleRoutes } from './council-console.js';
import { assemblyScreenRoutes } from './screen.js';

/** The live assembly: the chair's console, the members' ballots, the public screen, one event stream. */
export function assemblyRoutes(app: FastifyInstance, web: Web): void {
  const live = createLiveStreams(app, web);
  assemblyConsoleRoutes(app, web, live);
  councilConsoleRoutes(app, web);
  assemblyBallotRoutes(app, web, live);
  assemblyScreenRoutes(app, web, live);
}
