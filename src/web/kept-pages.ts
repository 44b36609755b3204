import type { FastifyReply, FastifyRequest } from 'fastify';
import { basePathOf } from '../base-path.js';
import { readRegisterVersion } from '../store/count-cache.js';
import type { Executor } from '../store/database.js';
import { createVersionCache } from '../store/version-cache.js';
import { todayInNetherlands } from './format.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A public page that is the same for every visitor at one register version (ADR 029): kept once rendered. */
    keptPage?: boolean;
  }
}

/**
 * Public pages kept per register version (ADR 029), as the API keeps its list pages (ADR 020). A public page is
 * a function of the register, the address and the day: the register version (the head of the audit trail,
 * src/store/count-cache.ts) moves with every committed write by any process, so while it has not moved a
 * visitor's request for the same address on the same day gets the same page. The page is kept as bytes, raw
 * and gzipped (compressed once, not per request).
 *
 * - Only routes that say so (`config: { keptPage: true }`), only GET, only for a visitor (no session, no API
 *   token: a signed-in reader may see drafts and gets forms with a CSRF token), never with a search term (the
 *   text index can be rebuilt without an audit event), only a 200 that set no cookie.
 * - The version is read before the page's own queries, so a kept page is at least as new as its version; a
 *   write while it renders moves the version and the next request renders again.
 * - Bounded by bytes (16 MB per portal), least recently used dropped (src/store/version-cache.ts).
 */
type Kept = { html: Buffer; gzip: Buffer | null };

const MAX_BYTES = 16 * 1024 * 1024;
const KEEPING = Symbol('motiemonitor.keptPage');

type Marked = FastifyRequest & {
  [KEEPING]?: (reply: FastifyReply, html: Buffer, gzip: Buffer | null) => void;
};

export type KeptPages = ReturnType<typeof createKeptPages>;

export function createKeptPages(db: Executor) {
  const entries = createVersionCache<Kept>({
    maxBytes: MAX_BYTES,
    maxEntryBytes: MAX_BYTES / 16,
    sizeOf: (kept) => kept.html.length + (kept.gzip?.length ?? 0),
    touchOnGet: true,
  });

  return {
    /**
     * preHandler: answers from a kept page when there is one at the current version (returns true: sent);
     * otherwise marks the request so that `keep` stores what the route renders.
     */
    async answer(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
      if (!request.routeOptions.config.keptPage || request.method !== 'GET') return false;
      if (request.principal?.via !== 'anonymous' || db.isTransaction) return false;
      const q = (request.query as Record<string, unknown> | undefined)?.q;
      if (q !== undefined && q !== '') return false;
      const version = await readRegisterVersion(db);
      if (version === undefined) return false;
      const key = `${todayInNetherlands()}\u0000${basePathOf(request.raw)}\u0000${request.url}`;
      const kept = entries.get(key, version);
      if (kept) {
        const gzip = kept.gzip && acceptsGzip(request) ? kept.gzip : null;
        pageHeaders(reply, 200);
        if (gzip) reply.header('content-encoding', 'gzip');
        await reply.send(gzip ?? kept.html);
        return true;
      }
      (request as Marked)[KEEPING] = (sent, html, gzip) => {
        if (sent.statusCode !== 200 || sent.hasHeader('set-cookie')) return;
        entries.set(key, version, { html, gzip });
      };
      return false;
    },
  };
}

/** Whether this request's page is to be kept (see `keepRendered`). */
export const willKeep = (request: FastifyRequest): boolean => (request as Marked)[KEEPING] !== undefined;

/** Keeps the page a route rendered, when `answer` marked its request for keeping (a 200 that set no cookie). */
export function keepRendered(reply: FastifyReply, html: Buffer, gzip: Buffer | null): void {
  (reply.request as Marked)[KEEPING]?.(reply, html, gzip);
}

export const acceptsGzip = (request: FastifyRequest): boolean =>
  /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

export function pageHeaders(reply: FastifyReply, status: number): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('vary', 'accept-encoding')
    .type('text/html; charset=utf-8');
}

/** Route options of a public page that is kept per register version. */
export const KEPT = { config: { keptPage: true } } as const;
