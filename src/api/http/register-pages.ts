import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readRegisterVersion } from '../../store/count-cache.js';
import type { Executor } from '../../store/database.js';
import { createVersionCache, type VersionCache } from '../../store/version-cache.js';

/**
 * Rendered list pages kept per register version (ADR 020). The register version is the head of the audit trail
 * (src/store/count-cache.ts): every committed write moves it, in any process on the database. A page whose rows
 * and total were read at one version (`ListResult.version`) is exactly the register at that version, so while the
 * version has not moved the same request gets the same bytes:
 *
 * - its ETag is derived from the version and the request (no hash over the body), so `If-None-Match` is answered
 *   with 304 after one index lookup, without reading or rendering the page;
 * - the serialised body and its headers are kept (bounded by bytes, least recently used dropped:
 *   src/store/version-cache.ts) and served again after the same lookup.
 *
 * The key is the organisation, what the reader may see (`visibilityKey`) and the request's path and query.
 */
export type RegisterPage = { body: string; headers: Record<string, string> };

/** The body is kept encoded: every request sends the same bytes, without encoding 65 kB of text again. */
type Entry = { body: Buffer; headers: Record<string, string>; etag: string };

const MAX_BYTES = 8 * 1024 * 1024;
const stores = new WeakMap<object, VersionCache<Entry>>();

function storeOf(db: Executor): VersionCache<Entry> {
  let store = stores.get(db);
  if (!store) {
    store = createVersionCache<Entry>({
      maxBytes: MAX_BYTES,
      maxEntryBytes: MAX_BYTES / 8,
      sizeOf: (entry) => entry.body.length,
      touchOnGet: true,
    });
    stores.set(db, store);
  }
  return store;
}

const etagOf = (key: string, version: number): string =>
  `W/"${createHash('sha1').update(`${version}\u0000${key}`).digest('base64url').slice(0, 27)}"`;

const matches = (request: FastifyRequest, etag: string): boolean =>
  request.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*') ??
  false;

/**
 * Answers the request from the register version when it can: 304 for a current `If-None-Match`, or the kept
 * body. Returns true when the reply was sent; otherwise the caller renders (and calls `keepRegisterPage`).
 */
export async function answerFromRegister(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Executor,
  key: string,
): Promise<boolean> {
  if (db.isTransaction) return false;
  const version = await readRegisterVersion(db);
  if (version === undefined) return false;
  // A kept page carries its ETag: no hash per request while the page is kept.
  const kept = storeOf(db).get(key, version);
  const etag = kept ? kept.etag : etagOf(key, version);
  if (matches(request, etag)) {
    await reply.code(304).header('etag', etag).send();
    return true;
  }
  if (!kept) return false;
  await reply.headers(kept.headers).header('etag', etag).send(kept.body);
  return true;
}

/**
 * Keeps a rendered page read at `version` (sets its ETag on the reply); without a version (rows and total not
 * read at one version, or a search page) nothing is kept and the ETag is the usual hash of the body.
 */
export function keepRegisterPage(
  reply: FastifyReply,
  db: Executor,
  key: string,
  version: number | undefined,
  page: RegisterPage,
): void {
  if (version === undefined || db.isTransaction) return;
  const etag = etagOf(key, version);
  reply.header('etag', etag);
  storeOf(db).set(key, version, { body: Buffer.from(page.body, 'utf8'), headers: page.headers, etag });
}
