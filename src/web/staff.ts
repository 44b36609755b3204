import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Action, can, csrfGuard, issueCsrfToken, writerOf } from '../auth/index.js';
import { systemClock } from '../store/clock.js';
import type { NOTICES } from './notices.js';
import { type PageContext, STAFF_ROLES } from './page-context.js';
import type { Web } from './web.js';

const forbidden = () => Object.assign(new Error('Geen toegang'), { statusCode: 403 });

/**
 * preHandlers for every staff page: a visitor without a session goes to the login page (and comes back after);
 * a signed-in user without a staff role gets "Geen toegang"; writes must carry the session's CSRF token.
 */
export function staffOnly(action?: Action) {
  return staffOnlyAny(action ? [action] : []);
}

/** staffOnly for a page that any of several actions opens (a role with one of them may see it). */
export function staffOnlyAny(actions: readonly Action[]) {
  const authorise = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const p = request.principal;
    if (p?.via !== 'session') {
      if (request.method === 'GET') {
        await reply.redirect(`/inloggen?terug=${encodeURIComponent(request.url)}`, 303);
        return;
      }
      throw Object.assign(new Error('Niet ingelogd'), { statusCode: 401 });
    }
    if (!STAFF_ROLES.has(p.role)) throw forbidden();
    if (actions.length > 0 && !actions.some((action) => can(p, action))) throw forbidden();
  };
  return [authorise, csrfGuard];
}

/** Staff pages need the CSRF token for their forms. */
export async function staffContext(
  web: Web,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<PageContext> {
  return { ...(await web.pageContext(request)), csrfToken: issueCsrfToken(reply) };
}

/** Public pages with a form: visitors need no CSRF token; a signed-in person's session does. */
export async function publicFormContext(
  web: Web,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<PageContext> {
  const ctx = await web.pageContext(request);
  return request.principal?.via === 'session' ? { ...ctx, csrfToken: issueCsrfToken(reply) } : ctx;
}

/** What the participation use cases (polls, registrations) need for a write of this request. */
export const participationCaseOf = (web: Web, request: FastifyRequest) => ({
  db: web.ctx.db,
  writer: writerOf(request),
  clock: web.ctx.clock ?? systemClock,
  organisationName: web.ctx.organisation.name,
});

/** Where to go after a successful form: Post/Redirect/Get, so a reload does not send the form again. */
export function redirectWithNotice(
  reply: FastifyReply,
  path: string,
  notice: keyof typeof NOTICES,
): FastifyReply {
  return reply.redirect(`${path}${path.includes('?') ? '&' : '?'}melding=${notice}`, 303);
}
