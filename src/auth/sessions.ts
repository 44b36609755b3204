import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../store/database.js';
import { createSession, deleteSession } from '../store/repositories/sessions.js';
import { findUserCredentials, type UserRecord } from '../store/repositories/users.js';
import { verifyPassword } from './passwords.js';
import { hashSecret, newSecret } from './tokens.js';

export const SESSION_COOKIE = 'mm_sessie';
export const SESSION_TTL_HOURS = 8;

/** `auto`: the cookie is `Secure` when the request came over HTTPS (with TRUST_PROXY: per X-Forwarded-Proto). */
export type SessionSettings = { secureCookie: boolean | 'auto'; ttlHours: number };
export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  secureCookie: cookieSecureSetting(process.env.COOKIE_SECURE),
  ttlHours: SESSION_TTL_HOURS,
};

/** COOKIE_SECURE=true always marks the cookie Secure, =false never (plain-HTTP test set-ups); unset: auto. */
export function cookieSecureSetting(value: string | undefined): SessionSettings['secureCookie'] {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return 'auto';
}

function secureFor(request: FastifyRequest, setting: SessionSettings['secureCookie']): boolean {
  return setting === 'auto' ? request.protocol === 'https' : setting;
}

/** The user whose e-mail address and password match and who is not disabled; otherwise null. */
export async function checkCredentials(options: {
  db: Executor;
  organisationId: string;
  email: string;
  password: string;
}): Promise<UserRecord | null> {
  const found = await findUserCredentials(options.db, options.organisationId, options.email);
  const ok = await verifyPassword(found?.passwordHash ?? null, options.password);
  if (!found || !ok || found.user.disabledAt !== null) return null;
  return found.user;
}

/**
 * Starts a server-side session: a random id in an HttpOnly cookie (only its hash is stored) and a fresh
 * CSRF secret kept with the session. Returns the CSRF token for the first form or API call.
 */
export async function startSession(options: {
  db: Executor;
  reply: FastifyReply;
  user: UserRecord;
  requestId?: string;
  settings?: SessionSettings;
}): Promise<{ csrfToken: string; expiresAt: string }> {
  const settings = options.settings ?? DEFAULT_SESSION_SETTINGS;
  const cookieValue = newSecret();
  const csrfSecret = newSecret();
  const expiresAt = new Date(Date.now() + settings.ttlHours * 3_600_000).toISOString();
  await createSession(
    options.db,
    {
      organisationId: options.user.organisationId,
      actor: { id: options.user.id, label: options.user.email },
      requestId: options.requestId,
    },
    { id: hashSecret(cookieValue), userId: options.user.id, csrfToken: csrfSecret, expiresAt },
  );
  options.reply.setCookie(SESSION_COOKIE, cookieValue, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureFor(options.reply.request, settings.secureCookie),
    maxAge: settings.ttlHours * 3600,
  });
  // The CSRF plugin reads the secret from request.session; make it the new one for this response.
  options.reply.request.session = { _csrf: csrfSecret };
  return { csrfToken: options.reply.generateCsrf(), expiresAt };
}

/** Ends the session of this request (if any) and clears the cookie. */
export async function endSession(options: {
  db: Executor;
  request: FastifyRequest;
  reply: FastifyReply;
}): Promise<void> {
  const { request, reply } = options;
  const { principal } = request;
  if (principal.sessionId && principal.userId) {
    await deleteSession(
      options.db,
      {
        organisationId: request.organisationId,
        actor: { id: principal.userId, label: principal.label },
        requestId: request.id,
      },
      principal.sessionId,
    );
  }
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureFor(request, DEFAULT_SESSION_SETTINGS.secureCookie),
  });
}
