/**
 * Makes the import's long-lived analysis worker print nothing. What pdf.js and the readers write to the console
 * is noise beside the import's own report, and the worker's stdio is not piped to the parent: a piped stdio
 * stream keeps the parent process alive even when the parked worker is unref'd, so `motiemonitor import` (and the
 * import bench) waited for the worker's idle minute after the last file (analyse-ahead.ts, `park`).
 */
export function silenceOutput(): void {
  const none = () => {};
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) console[method] = none;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
}
