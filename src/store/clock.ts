import { randomUUID } from 'node:crypto';

/** The id prefix (time and version) of the millisecond newId last ran in. */
let prefixMs = -1;
let prefix = '';

/**
 * A new record id: a UUIDv7 (RFC 9562), the time in milliseconds in its first 48 bits, then version 7, the
 * variant and 74 random bits (those of a v4 from node:crypto's pooled generator). Ids made one after another
 * sort one after another, so a table's primary key and the indexes on foreign keys take new rows at their end
 * instead of at random pages: an import writes about half the pages it wrote with random (v4) ids (ADR 043).
 * Ids of the same millisecond are in random order among themselves (RFC 9562 allows it). Never a secret.
 */
export const newId = (): string => {
  const ms = Date.now();
  if (ms !== prefixMs) {
    const time = ms.toString(16).padStart(12, '0');
    prefixMs = ms;
    prefix = `${time.slice(0, 8)}-${time.slice(8)}-7`;
  }
  // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx: the variant and the random bits after the version digit are kept.
  return prefix + randomUUID().slice(15);
};
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
