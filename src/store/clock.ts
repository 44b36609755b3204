import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
/** Timestamps are stored as ISO-8601 UTC text with millisecond precision on both engines. */
export const nowIso = (): string => new Date().toISOString();
export const today = (): string => nowIso().slice(0, 10);
