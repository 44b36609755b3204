import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { ENGINES, freshDatabaseUrl } from '../support/engines.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'motiemonitor.js');

async function cli(url: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: url, LOG: 'off' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.each(ENGINES)('motiemonitor users / audit on %s', (engine) => {
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ url, drop } = await freshDatabaseUrl(engine));
  });
  afterAll(async () => drop?.());

  it('adds a user with a token printed once on the last line, usable as bearer token', async () => {
    const added = await cli(url, ['users', 'add', '--email', 'bureau@vng.nl', '--role', 'staff', '--token']);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Gebruiker bureau@vng.nl aangemaakt (rol medewerker).');
    const listed = await cli(url, ['users', 'list']);
    expect(listed.stdout).toContain('bureau@vng.nl\tmedewerker');
    expect(listed.stdout).not.toContain('staff');
    const lines = added.stdout.trim().split('\n');
    const token = lines.at(-1)!;
    expect(token).toMatch(/^mm_[A-Za-z0-9_-]{43}$/);
    const unknownMember = await cli(url, [
      'users',
      'add',
      '--email',
      'x@y.nl',
      '--role',
      'member',
      '--member',
      'GM9999',
    ]);
    expect(unknownMember.code).toBe(1);
    expect(unknownMember.stderr).toContain('GM9999');
    // An address that is none is refused, as the API and the form refuse it; nothing is stored.
    const notAnAddress = await cli(url, ['users', 'add', '--email', 'bureau', '--role', 'staff', '--token']);
    expect(notAnAddress.code).toBe(1);
    expect(notAnAddress.stderr.trim()).toBe("Fout: 'bureau' is geen geldig e-mailadres.");
    expect((await cli(url, ['users', 'list'])).stdout).not.toMatch(/^bureau\t/m);
    const unknownRole = await cli(url, ['users', 'add', '--email', 'x@y.nl', '--role', 'baas']);
    expect(unknownRole.stderr).toContain(
      "Onbekende rol 'baas'; kies uit lid, medewerker, bestuur, voorzitter of beheerder",
    );
    let opened: OpenDatabase | undefined;
    try {
      opened = await openDatabase(url);
      const organisation = await ensureOrganisation(opened.db);
      const app = await buildServer({ ctx: { db: opened.db, engine: opened.engine, organisation } });
      const me = await app.inject({
        method: 'GET',
        url: '/api/v1/gebruikers/ik',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.json()).toMatchObject({ email: 'bureau@vng.nl', rol: 'medewerker' });
      await app.close();
    } finally {
      await opened?.close();
    }
  });

  it('verifies the audit chain and names the first broken link', async () => {
    const ok = await cli(url, ['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('intact');
    const opened = await openDatabase(url);
    await opened.db
      .updateTable('audit_events')
      .set({ actor_label: 'vervalst' })
      .where('seq', '=', 2)
      .execute();
    await opened.close();
    const broken = await cli(url, ['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('gebeurtenis 2');
  });
});
