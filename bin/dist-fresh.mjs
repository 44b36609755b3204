// Whether dist/ (bin/build-dist.mjs) may be run: it exists and was built after the last change to src/.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestChange(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function distIsFresh() {
  try {
    const built = statSync(join(root, 'dist', 'BUILT')).mtimeMs;
    return newestChange(join(root, 'src')) < built;
  } catch {
    return false;
  }
}
