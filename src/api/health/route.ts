import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
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
      try {
        await sql`select 1`.execute(ctx.db);
      } catch {
        throw new ApiError(503, 'database_unavailable', 'Niet beschikbaar', 'De database antwoordt niet.');
      }
      return { status: 'ok' as const, database: ctx.engine };
    },
  );
}
