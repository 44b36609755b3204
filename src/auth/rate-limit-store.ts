import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Executor } from '../store/database.js';
import {
  countRateLimitHit,
  deleteExpiredRateLimits,
  readRateLimit,
} from '../store/repositories/rate-limits.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type RouteInfo = { routeInfo?: { method?: string | string[]; url?: string } };

/** One in this many hits also clears the counters whose window has run out. */
const SWEEP_EVERY = 200;

/**
 * The rate limiter's counters in the database instead of process memory (ADR 010): every server process on one
 * database counts the same attempts, so ten login attempts a minute means ten in all, whichever process answers.
 * Counters are per route (method and path) and client key (the address), in fixed windows.
 */
export function databaseRateLimitStore(db: Executor): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private hits = 0;
    constructor(
      _options: unknown,
      private readonly route = '*',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = Date.now();
      this.hits += 1;
      const sweep = this.hits % SWEEP_EVERY === 0 ? deleteExpiredRateLimits(db, now) : Promise.resolve(0);
      sweep
        .then(() => countRateLimitHit(db, `${this.route} ${key}`, now, timeWindow))
        .then((hit) => callback(null, { current: hit.hits, ttl: Math.max(0, hit.resetsAtMs - now) }))
        .catch((error: Error) => callback(error));
    }

    read(key: string, callback: Callback): void {
      const now = Date.now();
      readRateLimit(db, `${this.route} ${key}`, now)
        .then((hit) => callback(null, { current: hit.hits, ttl: Math.max(0, hit.resetsAtMs - now) }))
        .catch((error: Error) => callback(error));
    }

    // The plugin passes the route's merged rate-limit settings, with the route under `routeInfo`.
    child(routeOptions: object): FastifyRateLimitStore {
      const info = (routeOptions as RouteInfo).routeInfo ?? {};
      const method = Array.isArray(info.method) ? info.method.join(',') : (info.method ?? '');
      return new DatabaseRateLimitStore(routeOptions, `${method} ${info.url ?? ''}`.trim() || '*');
    }
  }
  return DatabaseRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
