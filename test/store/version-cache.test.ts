import { describe, expect, it } from 'vitest';
import { createFreshReads, createVersionCache } from '../../src/store/version-cache.js';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('createVersionCache', () => {
  it('answers only at the version a value was kept at, and keeps nothing without a version', () => {
    const cache = createVersionCache<string>();
    cache.set('a', 7, 'seven');
    cache.set('b', undefined, 'none');
    expect(cache.get('a', 7)).toBe('seven');
    expect(cache.get('a', 8)).toBeUndefined();
    expect(cache.get('a', undefined)).toBeUndefined();
    expect(cache.get('b', undefined)).toBeUndefined();
    expect(cache.size).toBe(1);
    cache.set('a', 8, 'eight');
    expect(cache.get('a', 7)).toBeUndefined();
    expect(cache.get('a', 8)).toBe('eight');
    expect(cache.size).toBe(1);
  });

  it('drops the least recently used entry beyond its bytes, and never keeps one too large', () => {
    const cache = createVersionCache<string>({
      maxBytes: 10,
      maxEntryBytes: 5,
      sizeOf: (v) => v.length,
      touchOnGet: true,
    });
    cache.set('a', 1, 'aaaa');
    cache.set('b', 1, 'bbbb');
    expect(cache.get('a', 1)).toBe('aaaa');
    cache.set('c', 1, 'cccc');
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBe('aaaa');
    expect(cache.get('c', 1)).toBe('cccc');
    expect(cache.bytes).toBe(8);
    cache.set('d', 1, 'dddddd');
    expect(cache.get('d', 1)).toBeUndefined();
    expect(cache.bytes).toBe(8);
  });

  it('drops the first kept beyond its entries when reads do not touch', () => {
    const cache = createVersionCache<number>({ maxEntries: 2 });
    cache.set('a', 1, 1);
    cache.set('b', 1, 2);
    expect(cache.get('a', 1)).toBe(1);
    cache.set('c', 1, 3);
    expect(cache.get('a', 1)).toBeUndefined();
    expect([cache.get('b', 1), cache.get('c', 1), cache.size]).toEqual([2, 3, 2]);
  });

  it('computes once per key and version for callers that ask together, and forgets a failure', async () => {
    const cache = createVersionCache<Promise<unknown>>({ maxEntries: 10 });
    let runs = 0;
    const first = deferred<number>();
    const compute = () => {
      runs += 1;
      return first.promise;
    };
    const a = cache.getOrCompute('k', 3, compute);
    const b = cache.getOrCompute('k', 3, compute);
    expect(a).toBe(b);
    first.resolve(42);
    expect(await b).toBe(42);
    expect(runs).toBe(1);
    await cache.getOrCompute('k', 4, async () => {
      runs += 1;
      return 43;
    });
    expect(runs).toBe(2);

    await expect(cache.getOrCompute('f', 4, () => Promise.reject(new Error('kapot')))).rejects.toThrow(
      'kapot',
    );
    await Promise.resolve();
    expect(await cache.getOrCompute('f', 4, async () => 'weer')).toBe('weer');
    expect(await cache.getOrCompute('n', undefined, async () => 'zonder')).toBe('zonder');
    expect(cache.get('n', undefined)).toBeUndefined();
  });
});

describe('createVersionCache, least recently used', () => {
  it('keeps an entry that is read when the number of entries is bounded', () => {
    const cache = createVersionCache<string>({ maxEntries: 2, touchOnGet: true });
    cache.set('a', 1, 'A');
    cache.set('b', 1, 'B');
    expect(cache.get('a', 1)).toBe('A'); // read after b was kept
    cache.set('c', 1, 'C'); // b goes, not a
    expect(cache.get('b', 1)).toBeUndefined();
    expect([cache.get('a', 1), cache.get('c', 1)]).toEqual(['A', 'C']);
    const fifo = createVersionCache<string>({ maxEntries: 2 });
    fifo.set('a', 1, 'A');
    fifo.set('b', 1, 'B');
    fifo.get('a', 1);
    fifo.set('c', 1, 'C'); // without touchOnGet the first kept goes first
    expect(fifo.get('a', 1)).toBeUndefined();
    expect(fifo.size).toBe(2);
  });
});

describe('createFreshReads', () => {
  it('never joins a running read: callers that arrive while it runs share the next one', async () => {
    // Keys are objects (a database handle in the app), held weakly.
    const fresh = createFreshReads<object, number>();
    const x = {};
    const y = {};
    const reads: ReturnType<typeof deferred<number>>[] = [];
    const read = () => {
      const d = deferred<number>();
      reads.push(d);
      return d.promise;
    };
    const a = fresh(x, read);
    const b = fresh(x, read);
    const c = fresh(x, read);
    expect(b).toBe(c);
    expect(reads).toHaveLength(1);
    reads[0]?.resolve(1);
    expect(await a).toBe(1);
    await Promise.resolve();
    expect(reads).toHaveLength(2);
    reads[1]?.resolve(2);
    expect([await b, await c]).toEqual([2, 2]);
    const other = fresh(y, read);
    expect(reads).toHaveLength(3);
    reads[2]?.reject(new Error('weg'));
    await expect(other).rejects.toThrow('weg');
    const again = fresh(y, read);
    expect(reads).toHaveLength(4);
    reads[3]?.resolve(4);
    expect(await again).toBe(4);
  });
});
