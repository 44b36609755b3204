import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../../services/context.js';

/** GET /api/v1/health: the service is up and its database answers. */
export async function healthRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  app.get('/health', async (_request, reply) => {
    try {
      await sql`select 1`.execute(opts.ctx.db);
      return { status: 'ok', database: opts.ctx.engine };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: opts.ctx.engine });
    }
  });
}
