// Minimal types for the parts of autocannon the benchmarks use (the package ships none).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number; total: number };
  type Result = {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    non2xx: number;
    /** Seconds the run took. */
    duration: number;
  };
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string> };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
