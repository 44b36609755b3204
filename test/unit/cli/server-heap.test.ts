import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', async (original) => ({
  ...(await original<typeof import('node:v8')>()),
  setFlagsFromString: (flag: string) => setFlagsFromString(flag),
}));

const { applyServerHeapGrowth, DEFAULT_HEAP_GROWING_PERCENT, heapGrowingFlag } = await import(
  '../../../src/cli/server-heap.js'
);

describe('the server heap growth (ADR 040)', () => {
  it('lets the old generation grow by half past the live heap unless told otherwise', () => {
    expect(DEFAULT_HEAP_GROWING_PERCENT).toBe(50);
    expect(heapGrowingFlag({}, [])).toBe('--heap-growing-percent=50');
    expect(heapGrowingFlag({ HEAP_GROWING_PERCENT: ' ' }, [])).toBe('--heap-growing-percent=50');
  });

  it('takes HEAP_GROWING_PERCENT, and 0 leaves the growth to V8', () => {
    expect(heapGrowingFlag({ HEAP_GROWING_PERCENT: '25' }, [])).toBe('--heap-growing-percent=25');
    expect(heapGrowingFlag({ HEAP_GROWING_PERCENT: '0' }, [])).toBeNull();
    expect(heapGrowingFlag({ HEAP_GROWING_PERCENT: '000' }, [])).toBeNull();
  });

  it('leaves a value given to node on the command line alone', () => {
    expect(heapGrowingFlag({}, ['--heap-growing-percent=80'])).toBeNull();
    expect(heapGrowingFlag({ HEAP_GROWING_PERCENT: '25' }, ['--heap_growing_percent=80'])).toBeNull();
    expect(heapGrowingFlag({}, ['--max-old-space-size=4096'])).toBe('--heap-growing-percent=50');
  });

  it('refuses a value that is no whole percentage, in Dutch', () => {
    for (const value of ['-5', '1.5', 'veel', '5000'])
      expect(() => heapGrowingFlag({ HEAP_GROWING_PERCENT: value }, [])).toThrow(
        /HEAP_GROWING_PERCENT moet een geheel getal/,
      );
  });

  it('sets the flag in the running process, and nothing when V8 decides', () => {
    setFlagsFromString.mockClear();
    expect(applyServerHeapGrowth({ HEAP_GROWING_PERCENT: '30' }, [])).toBe('--heap-growing-percent=30');
    expect(setFlagsFromString).toHaveBeenCalledWith('--heap-growing-percent=30');
    setFlagsFromString.mockClear();
    expect(applyServerHeapGrowth({ HEAP_GROWING_PERCENT: '0' }, [])).toBeNull();
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});

describe('motiemonitor serve, as the README starts it', () => {
  it('reads HEAP_GROWING_PERCENT before it opens anything: a wrong value stops it with one line', async () => {
    const bin = resolve(import.meta.dirname, '../../../bin/motiemonitor.js');
    const failed = await promisify(execFile)(process.execPath, [bin, 'serve'], {
      env: { ...process.env, HEAP_GROWING_PERCENT: 'veel', DATABASE_URL: 'sqlite:/nonexistent/dir/x.db' },
    }).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr?.trim()).toBe(
      "Fout: HEAP_GROWING_PERCENT moet een geheel getal van 0 tot en met 1000 zijn, niet 'veel'.",
    );
  });
});
