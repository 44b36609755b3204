import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
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
