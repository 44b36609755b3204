import { setFlagsFromString } from 'node:v8';

/**
 * How far the server's old generation may grow past what a full collection left alive before V8 collects it
 * again (ADR 040). Without it V8 lets a small heap grow up to fourfold: under a steady load of cached list pages
 * the server's RSS rose by ~60 MB of garbage no full collection had yet reclaimed. 50 % keeps that garbage small
 * without capping the heap: a large import or report still gets all the memory it needs, with a full collection
 * each time its live heap has grown by half.
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 50;

const FLAG = '--heap-growing-percent';

/**
 * The V8 flag for the server's heap growth, or null when V8's own heuristic applies: `HEAP_GROWING_PERCENT=0`,
 * or the flag already given to node on the command line (`node --heap-growing-percent=N bin/motiemonitor.js`).
 */
export function heapGrowingFlag(
  env: Record<string, string | undefined>,
  execArgv: readonly string[],
): string | null {
  if (execArgv.some((arg) => arg.replaceAll('_', '-').startsWith(FLAG))) return null;
  const raw = env.HEAP_GROWING_PERCENT?.trim() ?? '';
  if (raw === '') return `${FLAG}=${DEFAULT_HEAP_GROWING_PERCENT}`;
  if (!/^\d+$/.test(raw) || Number(raw) > 1000)
    throw new Error(`HEAP_GROWING_PERCENT moet een geheel getal van 0 tot en met 1000 zijn, niet '${raw}'.`);
  return raw === '0' || Number(raw) === 0 ? null : `${FLAG}=${Number(raw)}`;
}

/**
 * Sets the server's heap growth (called by `serve` before it builds anything). V8 reads this flag at every full
 * collection, so setting it in the running process is enough; no restart with other node options is needed.
 * Returns the flag set, if any.
 */
export function applyServerHeapGrowth(
  env: Record<string, string | undefined> = process.env,
  execArgv: readonly string[] = process.execArgv,
): string | null {
  const flag = heapGrowingFlag(env, execArgv);
  if (flag) setFlagsFromString(flag);
  return flag;
}
