import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');

/** Runs the real CLI in its own process; resolves with its exit code and output once it has exited. */
function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'motiemonitor.js'), ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The import keeps its analysis worker parked for a minute for the next import in the same process (the server);
 * the parked worker must not keep a finished `motiemonitor import` alive. Its stdio used to be piped to the
 * parent, which held the process until the worker's idle minute was over: the import ended a minute after its
 * last file. This test's own limit (40 s) is below that minute, so a parked worker holding the process fails it.
 */
describe('motiemonitor import as a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-cli-exit-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'archief.db')}` };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits by itself once its files are stored, the analysis worker parked or not', async () => {
    expect((await cli(['migrate'], env)).code).toBe(0);
    expect((await cli(['seed'], env)).code).toBe(0);
    const run = await cli(
      ['import', join(SEEDS, '000_92c05f855c935f92.txt'), join(SEEDS, '001_695c627adfd5b37d.txt')],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 bestanden: 2 geïmporteerd, 0 ongewijzigd, 0 mislukt.');
  }, 40_000);
});
