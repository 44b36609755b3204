import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import type { WriteContext } from '../store/audit.js';
import { nowIso } from '../store/clock.js';
import { findUserByTokenHash, touchApiToken } from '../store/repositories/api-tokens.js';
import { findSession } from '../store/repositories/sessions.js';
import { AuthError } from './errors.js';
import { principalOf } from './principal.js';
import { databaseRateLimitStore } from './rate-limit-store.js';
import { ANONYMOUS, type Principal } from './roles.js';
import { SESSION_COOKIE } from './sessions.js';
import { hashSecret } from './tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: set for every request by installAuth (anonymous when no credentials are sent). */
    principal: Principal;
    /** The organisation this server serves. */
    organisationId: string;
    /** The CSRF secret of the cookie session (read by @fastify/csrf-protection); empty without a session. */
    session: { _csrf?: string };
  }
}

const TOKEN_TOUCH_INTERVAL_MS = 60_000;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Authentication for the whole server (API and portal): bearer API tokens for machines, a session
 * cookie for browsers, CSRF protection for cookie-authenticated writes, and a rate limiter that
 * routes opt into (the login). Call once on the root instance, before the API and the portal.
 */
export async function installAuth(app: FastifyInstance, options: { ctx: AppContext }): Promise<void> {
  const { ctx } = options;
  if (!app.hasDecorator('parseCookie')) await app.register(fastifyCookie);
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  // Counters in the database, so that several processes on one PostgreSQL share the limits (ADR 010).
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(ctx.db) });
  app.decorateRequest('principal', null as unknown as Principal);
  app.decorateRequest('organisationId', '');
  app.decorateRequest('session', null as unknown as { _csrf?: string });
  app.addHook('onRequest', async (request) => {
    request.organisationId = ctx.organisation.id;
    request.session = {};
    request.principal = await resolvePrincipal(ctx, request);
  });
}

async function resolvePrincipal(ctx: AppContext, request: FastifyRequest): Promise<Principal> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new AuthError(401, 'invalid_token', 'Gebruik Authorization: Bearer <token>.');
    const found = await findUserByTokenHash(ctx.db, hashSecret(match[1]));
    if (!found || found.user.organisationId !== ctx.organisation.id)
      throw new AuthError(401, 'invalid_token', 'Het API-token is onbekend of ingetrokken.');
    const now = Date.now();
    if (found.lastUsedAt === null || now - Date.parse(found.lastUsedAt) > TOKEN_TOUCH_INTERVAL_MS) {
      await touchApiToken(ctx.db, found.tokenId, new Date(now).toISOString());
    }
    return principalOf(found.user, 'token');
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) {
    const id = hashSecret(cookie);
    const found = await findSession(ctx.db, id, nowIso());
    if (found && found.user.organisationId === ctx.organisation.id) {
      request.session = { _csrf: found.session.csrfToken };
      return principalOf(found.user, 'session', id);
    }
  }
  return ANONYMOUS;
}

/**
 * preHandler for writes: a request authenticated by the session cookie must carry the CSRF token
 * (header X-CSRF-Token, or field _csrf in a form). Bearer tokens are not sent by browsers on their own,
 * so they need none. The portal adds this hook to its form routes too.
 */
export function csrfGuard(request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void): void {
  if (request.principal?.via !== 'session' || !UNSAFE.has(request.method)) {
    done();
    return;
  }
  request.server.csrfProtection(request, reply, done);
}

/** A CSRF token for a form or for the X-CSRF-Token header, bound to the current session. */
export function issueCsrfToken(reply: FastifyReply): string {
  return reply.generateCsrf();
}

/** Who writes, as the audit trail needs it. */
export function writerOf(request: FastifyRequest): WriteContext {
  const p = request.principal;
  return {
    organisationId: request.organisationId,
    actor: { id: p.userId, label: p.label },
    requestId: request.id,
  };
}
