import { performance } from 'node:perf_hooks';

/** Wall times (ms) of `runs` calls of `work`, after `warmUp` (three) calls, sorted ascending. */
export async function sampleRuns(work: () => Promise<unknown>, runs: number, warmUp = 3): Promise<number[]> {
  for (let i = 0; i < warmUp; i += 1) await work();
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

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * p50 and p95 wall time (ms) of `runs` calls of `work` after three warm-up calls, and this process's CPU time per
 * call (`cpuMs`; a database server's share is not in it).
 */
export async function timeRuns(
  work: () => Promise<unknown>,
  runs: number,
): Promise<{ p50: number; p95: number; cpuMs: number }> {
  for (let i = 0; i < 3; i += 1) await work();
  const cpu = process.cpuUsage();
  const samples = await sampleRuns(work, runs, 0);
  const used = process.cpuUsage(cpu);
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    cpuMs: round((used.user + used.system) / 1000 / runs),
  };
}
