import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './support/harness.js';

const run = promisify(execFile);
// A copy of ../shared/lint/adr-ruleset.yaml (the official NL API Design Rules ruleset), so CI needs nothing outside the repo.
const RULESET = join(import.meta.dirname, 'fixtures', 'adr-ruleset.yaml');

type SpectralResult = { code: string; message: string; path: string[]; severity: number };

describe('OpenAPI document', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await startHarness('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'mm-spectral-'));
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes the NL API Design Rules linter (Spectral) without errors', async () => {
    const res = await h.as('public', { method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const file = join(dir, 'openapi.json');
    writeFileSync(file, res.body);
    const { stdout } = await run(
      'npx',
      ['spectral', 'lint', '--quiet', '-r', RULESET, '-f', 'json', '--fail-severity', 'error', file],
      { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const results = JSON.parse(stdout || '[]') as SpectralResult[];
    const errors = results
      .filter((r) => r.severity === 0)
      .map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
