import { leastRecentKey } from './least-recent.js';

/**
 * What is kept per register version, in one place (ADR 015, 020, 026, 029, 034).
 *
 * The register version is the head of the audit trail (src/store/count-cache.ts): every committed write, by any
 * process on the database, moves it, and it never moves back. A value computed at version v is therefore still
 * exact while the version is v. Each per-process cache of the app keeps its values with the version they were
 * computed at and uses one only when the version it is asked with is the same: moving the version is the
 * invalidation, across processes too (on PostgreSQL the version read by `readRegisterVersion` is kept in memory
 * between writes through LISTEN/NOTIFY, src/store/register-watch.ts).
 *
 * `createVersionCache`: a bounded map (entries and, where values have a size, bytes), least recently used
 * dropped first. The key names what was computed (it includes the organisation where the cache is shared by
 * several); the version is stored with the value.
 *
 * `createFreshReads`: one read at a time per key, shared by the callers that ask while none runs; a caller that
 * arrives while one runs never joins it (it may have started before a write the caller has seen committed) but
 * shares the next one, started after it ends.
 */

/** `used`: when it was last kept or (with `touchOnGet`) read; the least recently used goes first. */
type Entry<V> = { version: number; value: V; size: number; used: number };

export type VersionCacheOptions<V> = {
  /** At most this many entries. */
  maxEntries?: number;
  /** At most this many bytes, as `sizeOf` counts them. */
  maxBytes?: number;
  /** A value's size in bytes (counted against `maxBytes`); 0 when not given. */
  sizeOf?: (value: V) => number;
  /** A value larger than this is not kept. */
  maxEntryBytes?: number;
  /** Whether `get` makes an entry the most recently used (least recently used dropped); else first kept, first dropped. */
  touchOnGet?: boolean;
};

export type VersionCache<V> = {
  /** The value kept for `key` at exactly `version`, if any. */
  get(key: string, version: number | undefined): V | undefined;
  /** Keeps `value`, computed at `version` (nothing is kept without a version). */
  set(key: string, version: number | undefined, value: V): void;
  /**
   * The value for `key` at `version`, computed once: callers that ask for the same key and version while it is
   * computed share it; a computation that fails is not kept.
   */
  getOrCompute<T extends V>(key: string, version: number | undefined, compute: () => T): T;
  delete(key: string): void;
  readonly size: number;
  readonly bytes: number;
};

export function createVersionCache<V>(options: VersionCacheOptions<V> = {}): VersionCache<V> {
  const maxEntries = options.maxEntries ?? Number.POSITIVE_INFINITY;
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const maxEntryBytes = options.maxEntryBytes ?? maxBytes;
  const sizeOf = options.sizeOf ?? (() => 0);
  const entries = new Map<string, Entry<V>>();
  let bytes = 0;
  // A read marks its entry instead of moving it to the end of the map: deleting and inserting a key on every hit
  // makes V8 replace the map's table every few requests, and an old table links to its successor, so under load
  // the chain of replaced tables (and what their stale slots held) outlived the scavenges and filled the old
  // generation with garbage (ADR 040).
  let tick = 0;
  const leastRecent = (): string | undefined =>
    options.touchOnGet ? leastRecentKey(entries) : entries.keys().next().value;

  const drop = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    bytes -= old.size;
    entries.delete(key);
  };

  const cache: VersionCache<V> = {
    get(key, version) {
      if (version === undefined) return undefined;
      const hit = entries.get(key);
      if (!hit || hit.version !== version) return undefined;
      if (options.touchOnGet) hit.used = ++tick;
      return hit.value;
    },
    set(key, version, value) {
      if (version === undefined) return;
      const size = sizeOf(value);
      if (size > maxEntryBytes) return;
      drop(key);
      if (entries.size >= maxEntries) drop(leastRecent() as string);
      entries.set(key, { version, value, size, used: ++tick });
      bytes += size;
      while (bytes > maxBytes && entries.size > 0) drop(leastRecent() as string);
    },
    getOrCompute(key, version, compute) {
      const hit = cache.get(key, version);
      if (hit !== undefined) return hit as ReturnType<typeof compute>;
      const value = compute();
      if (version === undefined) return value;
      cache.set(key, version, value);
      if (value instanceof Promise)
        value.catch(() => {
          if (entries.get(key)?.value === value) drop(key);
        });
      return value;
    },
    delete: drop,
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
  return cache;
}

/** The reads of one key: the one running, and the next one callers that arrived meanwhile share. */
type Reads<V> = { running: Promise<V> | null; next: Promise<V> | null };

/**
 * Reads shared per key: `read(key, fn)` runs `fn` unless a read of `key` runs; then it returns the next read of
 * `key`, started once the running one ends and shared by every caller that asked meanwhile. Each caller gets a
 * result read after it asked. A key's slot stays (held weakly by the key) rather than being deleted and inserted
 * for every read, which under load filled the old generation with replaced map tables (ADR 040).
 */
export function createFreshReads<K extends object, V>(): (key: K, read: () => Promise<V>) => Promise<V> {
  const reads = new WeakMap<K, Reads<V>>();
  const fresh = (key: K, read: () => Promise<V>): Promise<V> => {
    let slot = reads.get(key);
    if (!slot) {
      slot = { running: null, next: null };
      reads.set(key, slot);
    }
    const now = slot;
    const current = now.running;
    if (current === null) {
      const running = read();
      now.running = running;
      const done = () => {
        if (now.running === running && now.next === null) now.running = null;
      };
      running.then(done, done);
      return running;
    }
    const after = () => {
      if (now.running === current) {
        now.running = null;
        now.next = null;
      }
      return fresh(key, read);
    };
    now.next ??= current.then(after, after);
    return now.next;
  };
  return fresh;
}
