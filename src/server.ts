import Fastify, { type FastifyInstance } from 'fastify';
import { healthRoutes } from './api/health/route.js';
import type { AppContext } from './services/context.js';

export type ServerOptions = { ctx: AppContext; logger?: boolean };

/** Builds the HTTP server: the API under /api/v1 and the portal pages. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : false,
    trustProxy: false,
    bodyLimit: 60 * 1024 * 1024,
  });
  await app.register(healthRoutes, { prefix: '/api/v1', ctx: options.ctx });
  app.get('/', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Motiemonitor</title></head><body><main><h1>Motiemonitor</h1><p>Moties, resoluties, verantwoording en afspraken van ${escapeHtml(options.ctx.organisation.name)}.</p></main></body></html>`,
      ),
  );
  return app;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
