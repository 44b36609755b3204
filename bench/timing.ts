import { performance } from 'node:perf_hooks';

/** Wall times (ms) of `runs` calls of `work`, after three warm-up calls, sorted ascending. */
export async function sampleRuns(work: () => Promise<unknown>, runs: number): Promise<number[]> {
  for (let i = 0; i < 3; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

/** The p-th percentile (nearest rank) of ascending samples. */
export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
