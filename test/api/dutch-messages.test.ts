import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configureDutchValidationMessages } from '../../src/api/http/dutch-validation.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'motiemonitor.js');

/** The command as a user runs it: no database is needed for help, version and wrong usage. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: 'sqlite::memory:', LOG: 'off' },
    });
    return { code: 0, stdout: unwrap(stdout), stderr: unwrap(stderr) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: unwrap(e.stdout), stderr: unwrap(e.stderr) };
  }
}

/** Help is wrapped to the terminal's width: compare texts with their line breaks and indents folded. */
const unwrap = (text: string) => text.replace(/\n {2,}/g, ' ').replace(/ {2,}/g, ' ');

const ENGLISH = /\b(Usage|Options|Commands|Arguments|display help|error:|default:|choices:|Did you mean)\b/;

describe('the motiemonitor command speaks Dutch', () => {
  it('shows its help and the help of a sub-command in Dutch', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Gebruik: motiemonitor [opties] [opdracht]');
    expect(help.stdout).toContain('Opdrachten:');
    expect(help.stdout).toContain('help [opdracht]');
    expect(help.stdout).not.toMatch(ENGLISH);
    const report = await cli(['help', 'report']);
    expect(report.stdout).toContain('verantwoording [opties]');
    const users = await cli(['users', 'add', '--help']);
    expect(users.stdout).toContain('rol: lid, medewerker, bestuur, voorzitter of beheerder');
    expect(users.stdout).not.toMatch(/\b(staff|board|chair|admin)\b/);
    expect(users.stdout).not.toMatch(ENGLISH);
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await cli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('says in Dutch what is wrong with a call, with a non-zero exit code', async () => {
    const unknown = await cli(['stats', '--bogus']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("fout: onbekende optie '--bogus'");
    const choice = await cli(['report', 'verantwoording', '--format', 'xls']);
    expect(choice.stderr).toContain("fout: 'xls' is geen geldige waarde voor '--format <formaat>'; kies uit");
    expect(choice.stderr).toContain('keuze uit: "docx", "pdf", "html", "csv"; standaard: "pdf"');
    const missing = await cli(['users', 'add']);
    expect(missing.stderr).toContain("fout: de optie '--email <e-mailadres>' is verplicht");
    for (const result of [unknown, choice, missing]) expect(result.stderr).not.toMatch(ENGLISH);
  });
});

describe('validation messages', () => {
  configureDutchValidationMessages();
  const messages = (schema: z.ZodType, value: unknown) =>
    schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

  it('name what was expected in Dutch words only', () => {
    const schema = z.strictObject({
      status: z.enum(['concept', 'ingediend']),
      titel: z.string().min(1).max(5),
      aantal: z.number().int().min(1),
      id: z.uuid(),
      datum: z.iso.date(),
      bijAcclamatie: z.boolean(),
    });
    const found = messages(schema, {
      status: 'draft',
      titel: 'veel te lang',
      aantal: 1.5,
      id: 'x',
      datum: '18-06-2025',
      bijAcclamatie: 'ja',
      extra: 1,
    });
    expect(found).toEqual([
      'Ongeldige waarde; kies uit "concept", "ingediend".',
      'Te lang: hoogstens 5 tekens.',
      'Verwacht een geheel getal, niet een getal.',
      'Ongeldig formaat; verwacht een UUID.',
      'Ongeldig formaat; verwacht een datum (JJJJ-MM-DD).',
      'Verwacht true of false, niet tekst.',
      'Onbekend veld: extra.',
    ]);
    expect(messages(z.object({ titel: z.string() }), {})).toEqual(['Verplicht; dit ontbreekt.']);
    // A query value that is no number at all ("?jaar=abcd") is not "een getal".
    expect(messages(z.coerce.number().int(), 'abcd')).toEqual(['Verwacht een getal; dit is geen getal.']);
    expect(messages(z.string().min(1), '')).toEqual(['Mag niet leeg zijn.']);
    expect(messages(z.number().min(1), 0)).toEqual(['Te klein: ten minste 1.']);
    expect(messages(z.array(z.string()).max(1), ['a', 'b'])).toEqual(['Te veel elementen: hoogstens 1.']);
  });
});
