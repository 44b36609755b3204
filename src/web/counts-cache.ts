import type { AppContext } from '../app-context.js';
import { readRegisterVersion } from '../store/count-cache.js';
import { createVersionCache } from '../store/version-cache.js';

const MAX_ENTRIES = 200;

/**
 * Counts over the whole register (dashboard charts, list facets, motions per member, a round's missing motions)
 * cost a scan at 100 000 motions but change only when something is written. They are kept until the register
 * version moves (src/store/version-cache.ts): any write, by the portal, the API, an import or the CLI, in any
 * process, appends an audit event and so makes them stale. Requests that ask for the same count at the same
 * version while it is computed share it.
 */
export function createCountsCache() {
  const entries = createVersionCache<Promise<unknown>>({ maxEntries: MAX_ENTRIES });
  return async function cached<T>(web: { ctx: AppContext }, key: string, load: () => Promise<T>): Promise<T> {
    const version = await readRegisterVersion(web.ctx.db);
    return entries.getOrCompute(key, version, load);
  };
}

export type CountsCache = ReturnType<typeof createCountsCache>;
