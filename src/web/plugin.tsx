import { randomUUID } from 'node:crypto';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { badlyEncodedParams, findUnstorableText } from '../domain/storable-text.js';
import { portalWords } from '../domain/vocabulary/index.js';
import { ServiceError } from '../services/errors.js';
import { ConflictError, isDatabaseBusy, NotFoundError } from '../store/errors.js';
import { buildStylesheet, negotiate } from './assets.js';
import { createCountsCache } from './counts-cache.js';
import { createKeptPages } from './kept-pages.js';
import { noticeFor } from './notices.js';
import type { PageContext } from './page-context.js';
import {
  ExpiredFormPage,
  ForbiddenPage,
  NotFoundPage,
  ServerErrorPage,
  TooManyPage,
} from './pages/ErrorPages.js';
import { PUBLIC_ROUTES, STAFF_ROUTES } from './routes/index.js';
import { viewerOf } from './session.js';
import { queryString, sendPage, type Web } from './web.js';

export type WebPortalOptions = {
  ctx: AppContext;
  /** Answers addresses under /api/ that no route serves (the API's problem+json; the server passes it in). */
  apiNotFound?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply;
  /** Keep public pages per register version (ADR 029); on unless false. */
  keepPages?: boolean;
};

/** The importer refuses larger files (25 MB) anyway. */
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** The portal's page-shaped policy (the API has its own, src/api/http/security-headers.ts); a route that sets one keeps it. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** The public portal and the staff workspace: server-rendered pages that work without JavaScript. */
export async function webPortal(app: FastifyInstance, options: WebPortalOptions): Promise<void> {
  const css = buildStylesheet();
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) await app.register(formbody);
  // Uploads (staff document import): the file is kept in memory with its name, other fields become strings.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20 },
    onFile: async (part) => {
      (part as unknown as { value: unknown }).value = {
        filename: part.filename,
        bytes: await part.toBuffer(),
      };
    },
  });

  const pageContext = async (request: FastifyRequest): Promise<PageContext> => ({
    organisationName: options.ctx.organisation.name,
    words: portalWords(options.ctx.organisation.kind ?? 'vereniging'),
    path: request.url.split('?')[0],
    cssHref: css.href,
    viewer: viewerOf(request),
    notice: noticeFor(queryString(request.query, 'melding')),
  });
  const web: Web = { ctx: options.ctx, css, pageContext, counts: createCountsCache() };

  // An address whose query does not decode, and text that cannot be stored as sent (a NUL, a lone surrogate), are
  // refused before any page reads them: never silently replaced characters, the same answer on both engines
  // (PostgreSQL cannot hold a NUL), and nothing changed.
  app.addHook('preValidation', async (request) => {
    const [badlyEncoded] = badlyEncodedParams(request.url.split(/\?(.*)/s, 2)[1] ?? '');
    if (badlyEncoded)
      throw Object.assign(
        new Error(
          `Het adres is niet goed gecodeerd (de parameter '${badlyEncoded}'); er is niets gewijzigd.`,
        ),
        { statusCode: 400 },
      );
    const found = findUnstorableText(request.query) ?? findUnstorableText(request.body);
    if (found)
      throw Object.assign(new Error(`Uw invoer ${found.reason}; er is niets gewijzigd.`), {
        statusCode: 400,
      });
  });

  // Public pages kept per register version (ADR 029): answered before the route reads anything.
  if (options.keepPages !== false) {
    const kept = createKeptPages(options.ctx.db);
    app.addHook('preHandler', async (request, reply) => {
      if (await kept.answer(request, reply)) return reply;
    });
  }

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      if (!reply.hasHeader(name)) reply.header(name, value);
    return payload;
  });

  app.get(css.href, async (request, reply) => {
    const { body, encoding } = negotiate(css, request.headers['accept-encoding']);
    if (encoding) reply.header('content-encoding', encoding);
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('etag', css.etag)
      .header('vary', 'accept-encoding')
      .type(css.type)
      .send(body);
  });

  for (const register of [...PUBLIC_ROUTES, ...STAFF_ROUTES]) register(app, web);

  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/'))
      return options.apiNotFound
        ? options.apiNotFound(request, reply)
        : sendProblem(reply, 404, 'Niet gevonden');
    return sendPage(reply, <NotFoundPage ctx={await safeContext(web, request)} />, 404);
  });

  app.setErrorHandler(async (error: PortalError, request, reply) => {
    const given = error.statusCode ?? error.status ?? statusOfRefusal(error);
    const status = given && given >= 400 && given < 600 ? given : 500;
    const ctx = await safeContext(web, request);
    if (given === undefined && unreadableForm(request, error))
      return sendPage(
        reply,
        <TooManyPage
          ctx={ctx}
          message="Het formulier is niet volledig aangekomen; er is niets opgeslagen. Kies het bestand opnieuw."
        />,
        400,
      );
    if (status === 401) return reply.redirect('/inloggen', 303);
    if (status === 404) return sendPage(reply, <NotFoundPage ctx={ctx} />, 404);
    if (error.code?.startsWith('FST_CSRF')) return sendPage(reply, <ExpiredFormPage ctx={ctx} />, 403);
    if (status === 403) return sendPage(reply, <ForbiddenPage ctx={ctx} />, 403);
    if (status === 413)
      return sendPage(
        reply,
        <TooManyPage ctx={ctx} message="Het bestand is te groot (maximaal 25 MB); er is niets opgeslagen." />,
        413,
      );
    if (status === 503 && isDatabaseBusy(error)) {
      reply.header('retry-after', '2');
      return sendPage(
        reply,
        <TooManyPage
          ctx={ctx}
          message="Het is op dit moment te druk; er is niets gewijzigd. Probeer het over een paar seconden opnieuw."
        />,
        503,
      );
    }
    if (status === 429 || (status < 500 && error.message))
      return sendPage(reply, <TooManyPage ctx={ctx} message={error.message} />, status);
    const reference = randomUUID().slice(0, 8);
    request.log.error({ err: error, reference }, 'portal page failed');
    return sendPage(reply, <ServerErrorPage ctx={ctx} reference={reference} />, status);
  });
}

type PortalError = Error & { statusCode?: number; status?: number; code?: string };

/** A use case's refusal that reached the page: a record that is missing (or may not be seen), or a lost race. */
function statusOfRefusal(error: Error): number | undefined {
  if (isDatabaseBusy(error)) return 503;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ServiceError)
    return error.kind === 'not_found' ? 404 : error.kind === 'conflict' ? 409 : 400;
  if (error instanceof ConflictError) return 409;
  return undefined;
}

/**
 * An upload form the multipart parser could not read (cut off, without its closing boundary, a broken part
 * header): the parser's own errors carry no status, and are the sender's error (400), never a 500.
 */
function unreadableForm(request: FastifyRequest, error: Error): boolean {
  return (
    request.isMultipart() && /multipart|part header|boundary|unexpected end of form/i.test(error.message)
  );
}

/** The error pages must render even when the session lookup itself failed. */
async function safeContext(web: Web, request: FastifyRequest): Promise<PageContext> {
  try {
    return await web.pageContext(request);
  } catch {
    return {
      organisationName: web.ctx.organisation.name,
      words: portalWords(web.ctx.organisation.kind ?? 'vereniging'),
      path: '',
      cssHref: web.css.href,
      viewer: null,
    };
  }
}

function sendProblem(reply: FastifyReply, status: number, title: string): FastifyReply {
  return reply.code(status).type('application/problem+json').send({ status, title, code: 'not_found' });
}
