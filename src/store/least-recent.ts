/**
 * The key of the entry used longest ago (the smallest `used` mark), found by a scan; undefined when the map is
 * empty. For caches that mark an entry when it is used instead of moving it to the end of the map: deleting and
 * inserting a key on every hit made V8 replace the map's table every few operations (ADR 040).
 */
export function leastRecentKey<K>(entries: Map<K, { used: number }>): K | undefined {
  let oldest: K | undefined;
  let min = Number.POSITIVE_INFINITY;
  for (const [key, entry] of entries)
    if (entry.used < min) {
      min = entry.used;
      oldest = key;
    }
  return oldest;
}
