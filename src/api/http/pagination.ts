import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidParam } from '../errors/problem.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** Query keys every list accepts: page (1-based) and limit (page size). */
export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1).describe('Paginanummer, vanaf 1.'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .describe(`Aantal resultaten per pagina (1 tot en met ${MAX_LIMIT}).`),
};

/** The query of a collection that has no filters of its own: only page and limit. */
export const pageOnlyQuery = z.strictObject(pageQuery);

export type PageQuery = { page: number; limit: number };
export const toPage = (q: PageQuery) => ({ limit: q.limit, offset: (q.page - 1) * q.limit });

const link = z.object({ href: z.string().describe('Relatieve URL.') }).nullable();

/** The navigation links of a paged answer (also in the `Link` header). */
export const pageLinksSchema = z.object({ self: link, first: link, prev: link, next: link, last: link });

/** The envelope of every list: the page of results, the total and navigation links. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    totaal: z
      .number()
      .int()
      .describe(
        'Aantal resultaten over alle pagina’s; is totaalIsOndergrens true, dan zijn het er meer (zoeken telt tot 1000).',
      ),
    totaalIsOndergrens: z
      .boolean()
      .optional()
      .describe(
        'Alleen bij zoeken (q): true als er meer dan `totaal` (1000) resultaten zijn; er is dan geen last-link.',
      ),
    pagina: z.number().int().describe('Deze pagina (vanaf 1).'),
    limit: z.number().int().describe('Maximaal aantal resultaten per pagina.'),
    resultaten: z.array(item),
    _links: pageLinksSchema,
  });
}

function urlFor(request: FastifyRequest, page: number): string {
  const [path, search = ''] = request.url.split('?');
  const params = new URLSearchParams(search);
  params.set('page', String(page));
  return `${path}?${params.toString()}`;
}

export type PageOf<T> = {
  totaal: number;
  totaalIsOndergrens?: boolean;
  pagina: number;
  limit: number;
  resultaten: T[];
  _links: Record<'self' | 'first' | 'prev' | 'next' | 'last', { href: string } | null>;
};

/** Sets X-Total-Count and the Link header (RFC 8288) and returns the envelope. */
export function presentPage<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  query: PageQuery,
  result: { items: T[]; total: number; totalIsLowerBound?: boolean },
): PageOf<T> {
  const bounded = result.totalIsLowerBound === true;
  // A bounded count (search) knows no last page: there is a next one while this one is full.
  const last = bounded
    ? query.page + (result.items.length === query.limit ? 1 : 0)
    : Math.max(1, Math.ceil(result.total / query.limit));
  const rel = {
    self: urlFor(request, query.page),
    first: urlFor(request, 1),
    prev: query.page > 1 ? urlFor(request, Math.min(query.page - 1, last)) : null,
    next: query.page < last ? urlFor(request, query.page + 1) : null,
    last: bounded ? null : urlFor(request, last),
  };
  reply.header('x-total-count', String(result.total));
  reply.header(
    'link',
    Object.entries(rel)
      .filter(([name, href]) => href !== null && name !== 'self')
      .map(([name, href]) => `<${href}>; rel="${name}"`)
      .join(', '),
  );
  const wrap = (href: string | null) => (href === null ? null : { href });
  return {
    totaal: result.total,
    ...(result.totalIsLowerBound === undefined ? {} : { totaalIsOndergrens: result.totalIsLowerBound }),
    pagina: query.page,
    limit: query.limit,
    resultaten: result.items,
    _links: {
      self: wrap(rel.self),
      first: wrap(rel.first),
      prev: wrap(rel.prev),
      next: wrap(rel.next),
      last: wrap(rel.last),
    },
  };
}

/**
 * The envelope for a collection that is read whole (a record's own parts: its ballots, entries, history),
 * paged the same way as every other list.
 */
export function presentSlice<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  query: PageQuery,
  all: readonly T[],
): PageOf<T> {
  const start = (query.page - 1) * query.limit;
  return presentPage(request, reply, query, {
    items: all.slice(start, start + query.limit),
    total: all.length,
  });
}

/** pageSchema with keyset pagination: `volgendeCursor` and the link `volgende`. */
export function keysetPageSchema<T extends z.ZodType>(item: T) {
  const base = pageSchema(item);
  return base.extend({
    volgendeCursor: z
      .string()
      .nullable()
      .describe('Cursor van de volgende pagina (meegeven als `cursor`); null op de laatste pagina.'),
    _links: base.shape._links.extend({ volgende: link }),
  });
}

/** The query key of keyset pagination: an opaque token from `_links.volgende` / `volgendeCursor`. */
export const cursorQuery = {
  cursor: z
    .string()
    .max(600)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .describe(
      'Bladeren met een cursor (voor diepe pagina’s): de waarde van `volgendeCursor` (of de link `volgende`) van de vorige pagina. Leest alleen de rijen van de pagina, hoe diep ook; `page` telt dan niet.',
    ),
};

export type Cursor = { value: string | null; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

/** The keyset of a cursor; a cursor that was not made by this server is 400 (`cursor`, `invalid_cursor`). */
export function decodeCursor(token: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (parsed[0] === null || typeof parsed[0] === 'string') &&
      typeof parsed[1] === 'string' &&
      parsed[1].length <= 64 &&
      (parsed[0] === null || parsed[0].length <= 400)
    )
      return { value: parsed[0], id: parsed[1] };
  } catch {
    // falls through to the error below
  }
  throw invalidParam(
    'cursor',
    'invalid_cursor',
    'De cursor is ongeldig; gebruik de link `volgende` van de vorige pagina.',
  );
}

function cursorUrl(request: FastifyRequest, cursor: string): string {
  const [path, search = ''] = request.url.split('?');
  const params = new URLSearchParams(search);
  params.delete('page');
  params.set('cursor', cursor);
  return `${path}?${params.toString()}`;
}

/**
 * The envelope of a keyset-paged list: as presentPage (number links for the first pages, X-Total-Count), plus
 * `volgendeCursor` and the link `volgende` (also in the Link header as rel="volgende"), which page on by keyset
 * from the last row of this page. A page reached by cursor does not know its page number: its `next` link is the
 * cursor link and it has no `prev`; `pagina` then stays 1.
 */
export function presentKeysetPage<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  query: PageQuery & { cursor?: string },
  result: { items: T[]; total: number; totalIsLowerBound?: boolean; next?: Cursor },
): PageOf<T> & { volgendeCursor: string | null } {
  const next = result.next === undefined ? null : encodeCursor(result.next);
  const page = presentPage(request, reply, query, result);
  const volgende = next === null ? null : { href: cursorUrl(request, next) };
  if (query.cursor !== undefined) {
    // Reached by cursor: the page number is unknown, so only first, last and volgende make sense.
    page._links.prev = null;
    page._links.next = volgende;
    page._links.self = { href: request.url };
    const links = [`<${page._links.first!.href}>; rel="first"`];
    if (page._links.last) links.push(`<${page._links.last.href}>; rel="last"`);
    if (volgende) links.push(`<${volgende.href}>; rel="next"`);
    reply.header('link', links.join(', '));
  }
  if (volgende) {
    const existing = reply.getHeader('link');
    const header = `<${volgende.href}>; rel="volgende"`;
    reply.header('link', existing ? `${existing}, ${header}` : header);
  }
  return { ...page, _links: { ...page._links, volgende }, volgendeCursor: next } as PageOf<T> & {
    volgendeCursor: string | null;
  };
}
