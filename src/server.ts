import './production-mode.js';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { answerClientError } from './api/errors/client-error.js';
import { apiNotFound, frameworkErrors } from './api/errors/framework-errors.js';
import { API_PREFIX, API_VERSION } from './api/http/api-version.js';
import { configureDutchValidationMessages } from './api/http/dutch-validation.js';
import { HSTS } from './api/http/security-headers.js';
import { apiPlugin } from './api/install-api.js';
import { installOpenApi } from './api/openapi/install-openapi.js';
import { MAX_MESSAGE_BYTES } from './api/stemmingen/ballot-channel.js';
import type { AppContext } from './app-context.js';
import { installAuth } from './auth/index.js';
import { webPortal } from './web/plugin.js';

export type ServerOptions = {
  ctx: AppContext;
  logger?: boolean;
  /** Check every API response against its schema (tests). */
  validateResponses?: boolean;
  /** Keep public pages per register version (ADR 029); on unless false (the pages bench measures both). */
  keepPages?: boolean;
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
    trustProxy: trustProxySetting(process.env.TRUST_PROXY),
    bodyLimit: 60 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // Errors before routing (bad %-encoding, over-long path segment) in Dutch problem+json.
    frameworkErrors,
    // Requests the HTTP parser refuses (raw non-ASCII in the address, oversized headers) likewise.
    clientErrorHandler: answerClientError,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('api-version', API_VERSION);
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    return payload;
  });

  // 0. WebSocket upgrades for the ballot channel (docs/adr/027-ballot-channel.md), through the same hooks. Before
  // the authentication: its own hook marks an upgrade, so that a refused one (401 from a bad token) is closed.
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_MESSAGE_BYTES } });

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
  await app.register(webPortal, { ctx: options.ctx, apiNotFound, keepPages: options.keepPages });
  return app;
}

/**
 * TRUST_PROXY: `true` trusts X-Forwarded-* from any hop (the app sits behind exactly one reverse proxy), a
 * number trusts that many hops, anything else is a comma-separated list of proxy addresses. Unset: trust none,
 * so a client cannot claim HTTPS or another address by sending the header itself.
 */
export function trustProxySetting(
  value: string | undefined,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return (_address, hop) => hop < hops;
  }
  return v
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
