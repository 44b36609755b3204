import type { AppContext } from '../app-context.js';
import { latestAuditSeq } from '../store/repositories/web-queries.js';

type Entry = { version: number; value: Promise<unknown> };
const MAX_ENTRIES = 200;

/**
 * Counts over the whole register (dashboard charts, list facets, motions per member) cost a scan at 100 000
 * motions but change only when something is written. They are kept until the audit trail moves on: any write,
 * by the portal, the API, an import or the CLI, appends an audit event and so makes them stale.
 */
export function createCountsCache() {
  const entries = new Map<string, Entry>();
  return async function cached<T>(web: { ctx: AppContext }, key: string, load: () => Promise<T>): Promise<T> {
    const version = await latestAuditSeq(web.ctx.db);
    const hit = entries.get(key);
    if (hit && hit.version === version) return hit.value as Promise<T>;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    const value = load();
    entries.set(key, { version, value });
    value.catch(() => entries.delete(key));
    return value;
  };
}

export type CountsCache = ReturnType<typeof createCountsCache>;
