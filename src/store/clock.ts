import { randomUUID } from 'node:crypto';

/**
 * A new record id: a random UUID (v4). Time-ordered ids (UUIDv7) halved the import's commits but lengthened the
 * live assembly's fan-out tail in the voting bench, for a reason not found yet: not used until it is (ADR 043).
 */
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
