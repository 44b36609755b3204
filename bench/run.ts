/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process; each prints JSON lines.
 * `npm run bench -- motions` runs only the files whose name contains "motions".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const file of files) {
  console.error(`# ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`# ${file} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
