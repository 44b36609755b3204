import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerImport } from '../../src/cli/commands/import.js';
import { fileAnalysisSchema } from '../../src/importer/analysis-schema.js';
import { seedPath } from './support.js';

async function run(args: string[]): Promise<{ stdout: string; exitCode: number | undefined }> {
  const chunks: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => chunks.push(`${parts.join(' ')}\n`));
  const program = new Command('motiemonitor').exitOverride();
  registerImport(program);
  try {
    await program.parseAsync(['node', 'motiemonitor', 'import', ...args]);
  } finally {
    write.mockRestore();
    log.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { stdout: chunks.join(''), exitCode: exitCode === undefined ? undefined : Number(exitCode) };
}

describe('motiemonitor import --dry-run', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('--json prints one JSON array with one object per file, in the agreed shape', async () => {
    const files = ['000', '001', '002', '003', '004'].map(seedPath);
    const { stdout, exitCode } = await run([...files, '--dry-run', '--json']);
    const documents = JSON.parse(stdout) as unknown[];
    expect(documents).toHaveLength(5);
    for (const document of documents) expect(fileAnalysisSchema.safeParse(document).success).toBe(true);
    expect(documents.map((d) => (d as { kind: string }).kind)).toEqual([
      'resolution',
      'member-letter',
      'resolution',
      'accountability-report',
      'resolution',
    ]);
    expect(exitCode).toBeUndefined();
  });

  it('a file that cannot be read gets an object with its error, and a non-zero exit code', async () => {
    const { stdout, exitCode } = await run([
      seedPath('000'),
      '/nonexistent/brief.pdf',
      '--dry-run',
      '--json',
    ]);
    const [good, bad] = JSON.parse(stdout) as { kind: string; error?: { code: string } }[];
    expect(good.kind).toBe('resolution');
    expect(bad).toMatchObject({
      file: '/nonexistent/brief.pdf',
      kind: 'unknown',
      error: { code: 'file_unreadable' },
    });
    expect(fileAnalysisSchema.safeParse(bad).success).toBe(true);
    expect(exitCode).toBe(1);
  });

  it('without --json prints a line per file in Dutch', async () => {
    const { stdout } = await run([seedPath('003'), '--dry-run']);
    expect(stdout).toContain(
      'verantwoording, "Verantwoording over uitvoering moties ALV-en", 23 moties (9 aanhouden, 13 afdoen, 1 voorwaardelijk)',
    );
    expect(stdout).toContain('let op: toc-mismatch');
  });
});

describe('motiemonitor import --evaluate', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('prints the fidelity table for a folder of documents with expected files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaluate-'));
    const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
    for (const stem of [
      '06-vng-lbr-23-017-voorgedragen-kandidaten',
      '29-tk-handeling-stemming-motie-leijten-2010',
    ]) {
      copyFileSync(join(corpus, `${stem}.txt`), join(dir, `${stem}.txt`));
      copyFileSync(join(corpus, `${stem}.expected.json`), join(dir, `${stem}.expected.json`));
    }
    writeFileSync(join(dir, 'zonder-verwachting.txt'), 'Een los document.');
    const { stdout, exitCode } = await run(['--evaluate', dir]);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^document\s+soort \(verwacht → gelezen\)\s+waarden\s+aandeel$/);
    expect(lines[2]).toMatch(
      /^06-vng-lbr-23-017-voorgedragen-kandidaten\.txt\s+member-letter → member-letter\s+\d+\/\d+\s+\d+,\d%$/,
    );
    expect(lines[3]).toMatch(/^29-tk-handeling-stemming-motie-leijten-2010\.txt\s+motion-list → /);
    expect(lines[lines.length - 1]).toMatch(
      /^Totaal: \d+ van \d+ waarden goed \(\d+,\d%\) in 2 documenten, \d volledig goed$/,
    );
    expect(exitCode).toBeUndefined();
    const json = await run(['--evaluate', dir, '--json']);
    const evaluation = JSON.parse(json.stdout) as { documents: { checks: unknown[] }[]; share: number };
    expect(evaluation.documents).toHaveLength(2);
    expect(evaluation.documents[0].checks.length).toBeGreaterThan(5);
  });

  it('a folder without expected files gets a clear message and a non-zero exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaluate-'));
    const errors: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((message) => errors.push(String(message)));
    const { exitCode } = await run(['--evaluate', dir]);
    error.mockRestore();
    expect(errors.join('\n')).toMatch(/geen bestanden met verwachte waarden/);
    expect(exitCode).toBe(1);
  });
});
