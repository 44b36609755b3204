import type { FastifyInstance } from 'fastify';
import { createLiveStreams } from '../../assembly/live-stream.js';
import type { Web } from '../../web.js';
import { assemblyBallotRoutes } from './ballot.js';
import { assemblyConsoleRoutes } from './console.js';
import { councilConsoleRoutes } from './council-console.js';
import { servesCouncil } from './meeting-lookups.js';
import { assemblyScreenRoutes } from './screen.js';

/** The live assembly: the chair's console, the members' ballots, the public screen, one event stream. */
export function assemblyRoutes(app: FastifyInstance, web: Web): void {
  const live = createLiveStreams(app, web);
  if (servesCouncil(web)) councilConsoleRoutes(app, web);
  else assemblyConsoleRoutes(app, web, live);
  assemblyBallotRoutes(app, web, live);
  assemblyScreenRoutes(app, web, live);
}
