#!/usr/bin/env node
// Starts from the compiled JavaScript in dist/ (built by `npm ci` through the `prepare` script, or by
// `npm run build:dist`) when it is there and newer than every source file; otherwise runs the TypeScript
// sources directly through tsx, as before (no build step needed). MOTIEMONITOR_SOURCES=1 forces the sources.
// Why: transpiling the module graph at start cost ~100 MB of the server's memory (docs/adr/016).
import { distIsFresh } from './dist-fresh.mjs';

if (process.env.MOTIEMONITOR_SOURCES !== '1' && distIsFresh()) {
  const { main } = await import('../dist/src/cli/main.js');
  await main(process.argv);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  await main(process.argv);
}
