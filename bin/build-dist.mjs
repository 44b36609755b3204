// Compiles src/ into dist/src/ (one JavaScript file per TypeScript file, same layout; the other files copied),
// so that `motiemonitor` starts from JavaScript instead of transpiling ~600 modules with tsx at every start
// (docs/adr/016). Run by `npm ci`/`npm install` (the `prepare` script) and by `npm run build:dist`.
// Never fails the install: without dist/ (or with a stale one) bin/motiemonitor.js runs the sources via tsx.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const next = join(root, `dist.${process.pid}.tmp`);

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [path];
  });
}

export async function buildDist() {
  const { build } = await import('esbuild');
  const files = sourceFiles(src);
  const code = files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
  rmSync(next, { recursive: true, force: true });
  await build({
    entryPoints: code,
    outdir: join(next, 'src'),
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  for (const file of files.filter((f) => !/\.tsx?$/.test(f) && !f.endsWith('.md'))) {
    const to = join(next, 'src', relative(src, file));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(file, to);
  }
  // The preview worker loads the compiled entry, not the TypeScript one through tsx.
  writeFileSync(
    join(next, 'src', 'importer', 'preview', 'worker-boot.mjs'),
    "// Compiled by bin/build-dist.mjs: the worker's entry as JavaScript.\nawait import('./worker-entry.js');\n",
  );
  // The version `motiemonitor --version` reads (src/cli/main.ts: ../../package.json) and the module type.
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeFileSync(
    join(next, 'package.json'),
    `${JSON.stringify({ name: 'motiemonitor-dist', version, private: true, type: 'module' }, null, 2)}\n`,
  );
  // The build time is what freshness is judged by (bin/dist-fresh.mjs).
  writeFileSync(join(next, 'BUILT'), `${new Date().toISOString()}\n`);
  rmSync(dist, { recursive: true, force: true });
  renameSync(next, dist);
  return code.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (!existsSync(src)) process.exit(0);
    const started = Date.now();
    const n = await buildDist();
    process.stdout.write(`dist/: ${n} modules compiled in ${Date.now() - started} ms\n`);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    process.stderr.write(
      `dist/ niet gebouwd (${error instanceof Error ? error.message : error}); motiemonitor start dan vanuit de bronbestanden (tsx).\n`,
    );
  }
}
