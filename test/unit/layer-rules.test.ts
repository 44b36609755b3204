import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layer rules live in biome.json (`noRestrictedImports` per folder, see README "Where things live") and
// `npm run lint` enforces them. These tests run the project's own Biome with the project's own biome.json: over
// probe files that each make one import (so a rule that stops matching is noticed), and over the real src/.

const ROOT = resolve(import.meta.dirname, '../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');
const run = promisify(execFile);

type Diagnostic = { category: string; message: string; location: { path: string | { file: string } } };

async function lintImports(cwd: string, paths: string[]): Promise<Diagnostic[]> {
  const args = [
    'lint',
    '--only=style/noRestrictedImports',
    '--reporter=json',
    '--max-diagnostics=none',
    ...paths,
  ];
  // Biome exits non-zero when it finds errors; the report on stdout is what we read either way.
  const { stdout } = await run(BIOME, args, { cwd, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const report = JSON.parse(stdout) as { diagnostics: Diagnostic[] };
  return report.diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports');
}

const pathOf = (d: Diagnostic) =>
  typeof d.location.path === 'string' ? d.location.path : d.location.path.file;

/** [file, the one module it imports]: each of these reaches a layer it must not. */
const FORBIDDEN: [string, string][] = [
  ['src/domain/probe.ts', '../store/database.js'],
  ['src/domain/types/probe.ts', '../../app-context.js'],
  ['src/domain/vocabulary/deeper/probe.ts', '../../../search/index.js'],
  ['src/store/probe.ts', '../app-context.js'],
  ['src/store/repositories/probe.ts', '../../services/index.js'],
  ['src/store/repositories/probe-auth.ts', '../../auth/index.js'],
  ['src/search/probe.ts', '../services/index.js'],
  ['src/report/probe.ts', '../web/web.js'],
  ['src/auth/probe.ts', '../services/index.js'],
  ['src/importer/persist/probe.ts', '../../services/index.js'],
  ['src/services/motions/probe.ts', '../../api/errors/problem.js'],
  ['src/services/probe-web.ts', '../web/web.js'],
  ['src/services/probe-cli.ts', '../cli/context.js'],
  ['src/seed/demo/probe.ts', '../../api/resources.js'],
  ['src/api/moties/probe.ts', '../../web/web.js'],
  ['src/web/probe.ts', '../api/errors/from-domain.js'],
  ['src/web/routes/staff/probe.tsx', '../../../api/sessies/routes.js'],
];

/** Imports the layering allows: they must stay quiet. */
const ALLOWED: [string, string][] = [
  ['src/domain/probe-ok.ts', './errors.js'],
  ['src/domain/types/probe-ok.ts', '../errors.js'],
  ['src/store/repositories/probe-ok.ts', '../../domain/errors.js'],
  ['src/search/probe-ok.ts', '../store/database.js'],
  ['src/auth/probe-ok.ts', '../app-context.js'],
  ['src/importer/persist/probe-ok.ts', '../../search/index.js'],
  ['src/services/probe-ok.ts', '../auth/index.js'],
  ['src/seed/probe-ok.ts', '../services/index.js'],
  ['src/api/probe-ok.ts', '../services/index.js'],
  ['src/web/probe-ok.ts', '../report/render-report.js'],
  ['src/cli/probe-ok.ts', '../server.js'],
];

describe('layer rules (biome.json noRestrictedImports)', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'motiemonitor-layers-'));
    copyFileSync(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
    for (const [file, module] of [...FORBIDDEN, ...ALLOWED]) {
      mkdirSync(join(dir, dirname(file)), { recursive: true });
      // A static import, a re-export and a dynamic import of the same module: each is one reach.
      writeFileSync(
        join(dir, file),
        `import * as probe from '${module}';\nexport { probe };\nexport * from '${module}';\n` +
          `export const later = () => import('${module}');\n`,
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses every import that reaches up or across, and lets the allowed ones through', async () => {
    const found = await lintImports(dir, ['src']);
    const flagged = new Map<string, number>();
    for (const d of found) flagged.set(pathOf(d), (flagged.get(pathOf(d)) ?? 0) + 1);
    for (const [file] of FORBIDDEN) expect(flagged.get(file), file).toBe(3);
    for (const [file] of ALLOWED) expect(flagged.get(file), file).toBeUndefined();
  });

  it('names the rule that is broken', async () => {
    const found = await lintImports(dir, ['src/web/probe.ts', 'src/domain/probe.ts']);
    const messages = new Set(found.map((d) => d.message));
    expect(messages).toEqual(
      new Set([
        'src/domain imports nothing of ours: pure types and rules, no I/O (README, "Where things live").',
        'src/api and src/web never import each other (shared wording lives in src/domain, shared rules in src/auth or src/services).',
      ]),
    );
  });

  it('holds for the code base itself', async () => {
    const found = await lintImports(ROOT, ['src']);
    expect(found.map((d) => `${pathOf(d)}: ${d.message}`)).toEqual([]);
  });
});
