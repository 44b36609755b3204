import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import type { AppContext } from '../app-context.js';
import { ANONYMOUS } from '../auth/roles.js';
import { basePathOf, rewriteHtml } from '../base-path.js';
import type { ReadCase } from '../services/types.js';
import type { Asset } from './assets.js';
import type { CountsCache } from './counts-cache.js';
import { acceptsGzip, keepRendered, pageHeaders, willKeep } from './kept-pages.js';
import type { PageContext } from './page-context.js';
import { renderDocument } from './render.js';

/** What the portal's route files share: the application context and how to build and send a page. */
export type Web = {
  ctx: AppContext;
  css: Asset;
  pageContext: (request: FastifyRequest) => Promise<PageContext>;
  /** Register-wide counts, kept until the next write (see counts-cache.ts). */
  counts: CountsCache;
};

/** The read use cases' options for this request: who asks decides what the page shows. */
export const readCaseOf = (web: Web, request: FastifyRequest): ReadCase => ({
  db: web.ctx.db,
  organisationId: web.ctx.organisation.id,
  reader: request.principal ?? ANONYMOUS,
});

/** Pages above this size are sent gzipped when the browser accepts it (a 60 KB list becomes 16 KB). */
const COMPRESS_FROM_BYTES = 2048;

export function sendPage(reply: FastifyReply, page: ReactElement, status = 200): FastifyReply {
  const html = Buffer.from(rewriteHtml(renderDocument(page), basePathOf(reply.request.raw)));
  pageHeaders(reply, status);
  // A public page kept for the register version (kept-pages.ts) is compressed once, for every later visitor.
  const keeping = willKeep(reply.request);
  const accepts = acceptsGzip(reply.request);
  const gzip =
    html.length >= COMPRESS_FROM_BYTES && (accepts || keeping) ? gzipSync(html, { level: 6 }) : null;
  if (keeping) keepRendered(reply, html, gzip);
  if (!gzip || !accepts) return reply.send(html);
  return reply.header('content-encoding', 'gzip').send(gzip);
}

/** One query value as a trimmed string; repeated keys take the first. */
export function queryString(query: unknown, key: string): string {
  const value = (query as Record<string, unknown> | undefined)?.[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

/** Every value of a repeatable query key. */
export function queryList(query: unknown, key: string): string[] {
  const value = (query as Record<string, unknown> | undefined)?.[key];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** A page number from the query: 1 when absent or invalid. */
export function queryPage(query: unknown): number {
  const n = Number.parseInt(queryString(query, 'pagina'), 10);
  return Number.isFinite(n) && n >= 1 && n <= 100_000 ? n : 1;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** Thrown by a route when the record does not exist (or may not be seen); the portal shows its 404 page. */
export const pageNotFound = (): Error =>
  Object.assign(new Error('Pagina niet gevonden'), { statusCode: 404 });
