import { randomUUID } from 'node:crypto';

/** How many bulk writes (imports) are running in this process: while any is, new ids are time-ordered. */
let bulkWrites = 0;
/** The id prefix (time and version) of the millisecond a time-ordered id was last made in. */
let prefixMs = -1;
let prefix = '';

/**
 * A UUIDv7 (RFC 9562): the time in milliseconds in its first 48 bits, then version 7, the variant and 74 random
 * bits (those of a v4 from node:crypto's pooled generator). Ids made one after another sort one after another, so
 * the rows of a batch land at the end of every index on them instead of on random pages (ADR 043, ADR 047).
 */
function timeOrderedId(): string {
  const ms = Date.now();
  if (ms !== prefixMs) {
    const time = ms.toString(16).padStart(12, '0');
    prefixMs = ms;
    prefix = `${time.slice(0, 8)}-${time.slice(8)}-7`;
  }
  // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx: the variant and the random bits after the version digit are kept.
  return prefix + randomUUID().slice(15);
}

/**
 * A new record id: a random UUID (v4); time-ordered (v7) while an import writes in this process
 * (withTimeOrderedIds). Both are valid UUIDs and nothing orders by id but as a last tie-breaker; the live paths
 * keep random ids, with which the voting bench's fan-out tail was measured shorter (ADR 043, ADR 047).
 */
export const newId = (): string => (bulkWrites > 0 ? timeOrderedId() : randomUUID());

/**
 * Runs a bulk write (an import's batch) with time-ordered ids: it writes thousands of rows in one transaction, and
 * with random ids they dirtied about as many index pages, each written at the commit (ADR 047). Process-wide, not
 * per call chain: a request served meanwhile gets time-ordered ids too, which is harmless (ADR 047 says why no
 * AsyncLocalStorage).
 */
export async function withTimeOrderedIds<T>(work: () => Promise<T>): Promise<T> {
  bulkWrites += 1;
  try {
    return await work();
  } finally {
    bulkWrites -= 1;
  }
}

/** Timestamps are stored as ISO-8601 UTC text with millisecond precision on both engines. */
export const nowIso = (): string => new Date().toISOString();
export const today = (): string => nowIso().slice(0, 10);

/**
 * The time a scheduled job or worker runs at, passed in (never read inside): the system clock in the product,
 * a fixed one in tests. What a job decides still comes from the records' own dates.
 */
export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };
export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });
