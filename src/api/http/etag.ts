import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A weak ETag over the serialised body of a successful read (unless the route set one already, e.g. from the
 * register version: src/api/http/register-pages.ts); If-None-Match answers 304 without a body.
 */
export async function applyEtag(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  const set = reply.getHeader('etag');
  const etag =
    typeof set === 'string' ? set : `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
  reply.header('etag', etag);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    reply.code(304);
    reply.removeHeader('content-length');
    return '';
  }
  return payload;
}
