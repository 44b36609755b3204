import Fastify, { type FastifyInstance } from 'fastify';
import { answerClientError } from './api/errors/client-error.js';
import { API_PREFIX, API_VERSION } from './api/http/api-version.js';
import { configureDutchValidationMessages } from './api/http/dutch-validation.js';
import { apiPlugin } from './api/install-api.js';
import { installOpenApi } from './api/openapi/install-openapi.js';
import type { AppContext } from './app-context.js';
import { installAuth } from './auth/index.js';
import { webPortal } from './web/plugin.js';

export type ServerOptions = {
  ctx: AppContext;
  logger?: boolean;
  /** Check every API response against its schema (tests). */
  validateResponses?: boolean;
};

/** Builds the HTTP server: authentication for everything, the API under /api/v1, and the portal pages. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // Validation messages (zod) in Dutch, for the API and the portal alike.
  configureDutchValidationMessages();
  const app = Fastify({
    logger: options.logger
      ? {
          level: 'info',
          redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
        }
      : false,
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 60 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // Requests the HTTP parser refuses (raw non-ASCII in the address) get problem+json like every other 400.
    clientErrorHandler: answerClientError,
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('api-version', API_VERSION);
    return payload;
  });

  // 1. Who is asking (sessions, API tokens, CSRF, rate limits): shared by the API and the portal.
  await installAuth(app, { ctx: options.ctx });

  // 2. The REST API, documented at /api/v1/openapi.json.
  await installOpenApi(app);
  await app.register(apiPlugin, {
    prefix: API_PREFIX,
    ctx: options.ctx,
    validateResponses: options.validateResponses,
  });

  // 3. The portal (src/web): public pages and the staff workspace, server-rendered.
  await app.register(webPortal, { ctx: options.ctx });
  return app;
}
