import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { pingDatabase } from '../../store/database.js';
import { ApiError } from '../errors/problem.js';

const healthSchema = z.object({
  status: z.literal('ok').describe('ok als de dienst en de database antwoorden.'),
  database: z.enum(['sqlite', 'postgres']).describe('Gebruikte database.'),
});

/** GET /api/v1/health: the service is up and its database answers. */
export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      schema: {
        tags: ['Algemeen'],
        summary: 'Status van de dienst',
        description: 'Geeft aan of de dienst draait en de database antwoordt.',
        response: { 200: healthSchema },
        'x-fouten': ['503'],
      },
    },
    async () => {
      if (!(await pingDatabase(ctx.db)))
        throw new ApiError(503, 'database_unavailable', 'Niet beschikbaar', 'De database antwoordt niet.');
      return { status: 'ok' as const, database: ctx.engine };
    },
  );
}
