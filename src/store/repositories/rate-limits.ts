import { sql } from 'kysely';
import type { Executor } from '../database.js';

export type RateLimitHit = { hits: number; resetsAtMs: number };

/**
 * Counts one hit for `key` in a fixed window of `windowMs`, atomically in one statement (an upsert), so every
 * server process on the same database counts against the same limit. A window that has run out starts again at 1.
 */
export async function countRateLimitHit(
  db: Executor,
  key: string,
  nowMs: number,
  windowMs: number,
): Promise<RateLimitHit> {
  const resetsAt = nowMs + windowMs;
  const row = await db
    .insertInto('rate_limit_counters')
    .values({ key, hits: 1, resets_at_ms: resetsAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when rate_limit_counters.resets_at_ms <= ${nowMs} then 1 else rate_limit_counters.hits + 1 end`,
        resets_at_ms: sql<number>`case when rate_limit_counters.resets_at_ms <= ${nowMs} then ${resetsAt} else rate_limit_counters.resets_at_ms end`,
      }),
    )
    .returning(['hits', 'resets_at_ms'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), resetsAtMs: Number(row.resets_at_ms) };
}

/** The current count for `key` without counting (0 when its window has run out). */
export async function readRateLimit(db: Executor, key: string, nowMs: number): Promise<RateLimitHit> {
  const row = await db
    .selectFrom('rate_limit_counters')
    .select(['hits', 'resets_at_ms'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || Number(row.resets_at_ms) <= nowMs) return { hits: 0, resetsAtMs: nowMs };
  return { hits: Number(row.hits), resetsAtMs: Number(row.resets_at_ms) };
}

/** Removes counters whose window has run out; returns how many. */
export async function deleteExpiredRateLimits(db: Executor, nowMs: number): Promise<number> {
  const result = await db
    .deleteFrom('rate_limit_counters')
    .where('resets_at_ms', '<=', nowMs)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
