import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/seed/demo/seed-demo.js';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { SYSTEM_ACTOR, verifyAuditChain } from '../../src/store/audit.js';
import { backupToFile, readBackupLines, restoreFromFile } from '../../src/store/backup-file.js';
import { openDatabase } from '../../src/store/database.js';
import { canonicalRow, copyDatabase, summariseDatabase } from '../../src/store/dump.js';
import { verifyAudit } from '../../src/store/verify-audit.js';
import { ENGINES, type EngineName, freshDatabaseUrl, openTestDatabase } from '../support/engines.js';
import { freePort } from '../support/postgres-cluster.js';

const run = promisify(execFile);
type Opened = Awaited<ReturnType<typeof openTestDatabase>>;

async function seeded(engine: EngineName): Promise<Opened> {
  const t = await openTestDatabase(engine);
  const org = await ensureOrganisation(t.db);
  await seedMunicipalities(t.db, { organisationId: org.id, actor: SYSTEM_ACTOR });
  await seedDemo(t.db, org);
  return t;
}

/** An empty database URL (no schema yet) and a function to drop it. */
async function emptyDatabase(engine: EngineName) {
  const fresh = await freshDatabaseUrl(engine);
  const opened = await openDatabase(fresh.url);
  const cleanup = async () => {
    await opened.close();
    await fresh.drop();
  };
  return { ...opened, cleanup };
}

describe('canonical rows', () => {
  it('sorts keys and normalises numbers the same way for every engine', () => {
    expect(canonicalRow({ b: 1, a: -0, c: 98.29, d: 10n, e: null })).toBe(
      '{"a":0,"b":1,"c":98.29,"d":10,"e":null}',
    );
  });
});

describe('db copy sqlite → postgres → sqlite', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('ends with identical row counts and hashes on all three', async () => {
    const source = await seeded('sqlite');
    cleanups.push(source.cleanup);
    const pg = await emptyDatabase('postgres');
    cleanups.push(pg.cleanup);
    const back = await emptyDatabase('sqlite');
    cleanups.push(back.cleanup);

    const there = await copyDatabase(source.db, pg.db);
    const again = await copyDatabase(pg.db, back.db);
    expect(there.every((t) => t.sourceHash === t.targetHash)).toBe(true);
    const [a, b, c] = await Promise.all([
      summariseDatabase(source.db),
      summariseDatabase(pg.db),
      summariseDatabase(back.db),
    ]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(again.map((t) => t.targetHash)).toEqual(a.map((t) => t.hash));
    expect(a.find((t) => t.table === 'members')?.rows).toBe(342);
    expect(await verifyAuditChain(back.db)).toMatchObject({ ok: true });
    // The copy's chain is anchored (next to its SQLite file), so `audit verify` passes on it at once.
    expect((await verifyAudit(back.db)).lines.join('\n')).toMatch(/Audittrail intact/);
    await expect(copyDatabase(source.db, pg.db)).rejects.toThrow(/niet leeg/);
  });
});

describe.each(ENGINES)('backup and restore on %s', (engine) => {
  let dir: string;
  let source: Opened;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'motiemonitor-backup-'));
    source = await seeded(engine);
  });
  afterAll(async () => {
    await source?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips exactly into an empty database and refuses a non-empty one', async () => {
    const file = join(dir, 'backup.jsonl.gz');
    const header = await backupToFile(source.db, file);
    expect(header.tables.find((t) => t.table === 'motions')?.rows).toBeGreaterThan(50);
    const target = await emptyDatabase(engine);
    try {
      await restoreFromFile(target.db, file);
      expect(await summariseDatabase(target.db)).toEqual(await summariseDatabase(source.db));
      // The restored chain is anchored where the target keeps its anchor: `audit verify` passes at once.
      expect((await verifyAudit(target.db)).lines.join('\n')).toMatch(/Audittrail intact/);
      await expect(restoreFromFile(target.db, file)).rejects.toThrow(/niet leeg/);
      await expect(restoreFromFile(source.db, file)).rejects.toThrow(/niet leeg/);
    } finally {
      await target.cleanup();
    }
  });

  it('refuses a tampered backup and restores nothing', async () => {
    const file = join(dir, 'backup.jsonl.gz');
    const lines = gunzipSync(readFileSync(file)).toString().split('\n');
    const index = lines.findIndex((l) => l.startsWith('{"table":"motions"'));
    lines[index] = lines[index].replace(/"title":"/, '"title":"X');
    const tampered = join(dir, 'tampered.jsonl.gz');
    writeFileSync(tampered, gzipSync(lines.join('\n')));
    const target = await emptyDatabase(engine);
    try {
      await expect(restoreFromFile(target.db, tampered)).rejects.toThrow(/beschadigd: tabel motions/);
      const motions = await target.db.selectFrom('motions').select('id').execute();
      expect(motions).toHaveLength(0);
    } finally {
      await target.cleanup();
    }
  });
});

describe('the motiemonitor command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'motiemonitor-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cli = async (args: string[], databaseUrl: string, env: Record<string, string> = {}) => {
    try {
      const { stdout, stderr } = await run('node', ['bin/motiemonitor.js', ...args], {
        env: { ...process.env, DATABASE_URL: databaseUrl, DEBUG: '', ...env },
        timeout: 180_000,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  const expectOneLineError = (r: { code: number; stderr: string }, pattern: RegExp) => {
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  };

  it('gives one line of error for a bad DATABASE_URL', async () => {
    expectOneLineError(await cli(['stats'], 'mysql://localhost/x'), /^Databasefout: .*niet herkend/);
  });

  it('gives one line of error for an unreachable PostgreSQL', async () => {
    const port = await freePort();
    expectOneLineError(
      await cli(['stats'], `postgres://postgres@127.0.0.1:${port}/motiemonitor`),
      /^Databasefout: /,
    );
  });

  it('gives one line of error for a backup file that cannot be written', async () => {
    const url = `sqlite:${join(dir, 'leeg.db')}`;
    const target = join(dir, 'bestaat-niet', 'backup.jsonl.gz');
    expectOneLineError(
      await cli(['backup', target], url),
      /^Fout: .*kan niet worden geschreven: de map bestaat niet$/,
    );
  });

  it('gives one line of error for an input file that does not exist', async () => {
    const url = `sqlite:${join(dir, 'leeg.db')}`;
    const missing = join(dir, 'bestaat-niet.png');
    expectOneLineError(
      await cli(['organisation', '--logo', missing], url),
      /^Fout: .*bestaat-niet\.png bestaat niet$/,
    );
    expectOneLineError(await cli(['voting-rule', 'set', dir], url), /^Fout: .* is een map, geen bestand$/);
  });

  it('gives one line of error for a corrupt SQLite file', async () => {
    const file = join(dir, 'kapot.db');
    writeFileSync(file, 'dit is geen database'.repeat(100));
    expectOneLineError(await cli(['stats'], `sqlite:${file}`), /^Databasefout: .*geen SQLite-database/);
  });

  it('stats leaves an empty database empty, so a backup can still be restored into it', async () => {
    const source = `sqlite:${join(dir, 'bron.db')}`;
    expect((await cli(['seed'], source)).code).toBe(0);
    const file = join(dir, 'bron.jsonl.gz');
    expect((await cli(['backup', file], source)).code).toBe(0);
    const url = `sqlite:${join(dir, 'nieuw.db')}`;
    const stats = await cli(['stats', '--json'], url);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ organisations: 0, auditEvents: 0 });
    const restored = await cli(['restore', file], url);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(JSON.parse((await cli(['stats', '--json'], url)).stdout)).toMatchObject({ members: 342 });
  });

  it('carries the original files in the backup, checked by their hash, into the new DOCUMENTS_DIR', async () => {
    const source = `sqlite:${join(dir, 'met-origineel.db')}`;
    const kept = { DOCUMENTS_DIR: join(dir, 'originelen-bron') };
    expect((await cli(['seed'], source, kept)).code).toBe(0);
    const letter = join(dir, 'brief.txt');
    writeFileSync(letter, 'Ledenbrief nummer\n\nLbr. 24/001\n\nGeachte leden,\n\nDit is een brief.\n');
    expect((await cli(['import', letter], source, kept)).code).toBe(0);
    const file = join(dir, 'met-origineel.jsonl.gz');
    expect((await cli(['backup', file], source, kept)).code).toBe(0);
    const lines = gunzipSync(readFileSync(file)).toString().trim().split('\n');
    const original = lines.map((l) => JSON.parse(l)).find((l) => l.original);
    const hash = createHash('sha256').update(readFileSync(letter)).digest('hex');
    expect(original.original).toBe(`${hash}.txt`);

    const elsewhere = { DOCUMENTS_DIR: join(dir, 'originelen-doel') };
    const restored = await cli(['restore', file], `sqlite:${join(dir, 'hersteld.db')}`, elsewhere);
    expect(restored.stderr).toBe('');
    expect(readFileSync(join(elsewhere.DOCUMENTS_DIR, `${hash}.txt`))).toEqual(readFileSync(letter));

    // An original whose bytes are not the ones its name says is refused, and nothing is restored.
    const tampered = join(dir, 'vervalst.jsonl.gz');
    const changed = lines.map((l) =>
      l.includes('"original"')
        ? JSON.stringify({ ...JSON.parse(l), bytes: Buffer.from('iets anders').toString('base64') })
        : l,
    );
    writeFileSync(tampered, gzipSync(`${changed.join('\n')}\n`));
    const target = `sqlite:${join(dir, 'vervalst.db')}`;
    const refused = await cli(['restore', tampered], target, {
      DOCUMENTS_DIR: join(dir, 'originelen-vervalst'),
    });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/klopt niet met zijn hash/);
    expect(JSON.parse((await cli(['stats', '--json'], target)).stdout)).toMatchObject({ members: 0 });
  });

  it('reports 342 members and non-zero demo counts after seed --demo', async () => {
    const url = `sqlite:${join(dir, 'demo.db')}`;
    const seed = await cli(['seed', '--demo'], url);
    expect(seed.code).toBe(0);
    const stats = await cli(['stats', '--json'], url);
    expect(stats.code).toBe(0);
    const counts = JSON.parse(stats.stdout);
    expect(Object.keys(counts)).toEqual([
      'organisations',
      'members',
      'meetings',
      'motions',
      'resolutions',
      'accountabilityEntries',
      'agreements',
      'letters',
      'documents',
      'polls',
      'votes',
      'users',
      'auditEvents',
    ]);
    expect(counts.members).toBe(342);
    for (const [key, value] of Object.entries(counts))
      if (key !== 'users') expect(value, key).toBeGreaterThan(0);
    const again = await cli(['seed', '--demo'], url);
    expect(again.stdout).toMatch(/al geladen/);
  });
});

describe('backup file reading', () => {
  it('keeps multi-byte characters that fall on a chunk boundary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-lines-'));
    // Many lines of "gemeentefinanciën" make chunk boundaries fall inside the two-byte "ë" somewhere.
    const lines = Array.from(
      { length: 20000 },
      (_, i) => `${i} gemeentefinanciën ’s-Hertogenbosch Súdwest-Fryslân`,
    );
    for (const [name, bytes] of [
      ['plain.jsonl', Buffer.from(lines.join('\n'))],
      ['packed.jsonl.gz', gzipSync(Buffer.from(lines.join('\n')))],
    ] as const) {
      writeFileSync(join(dir, name), bytes);
      const read: string[] = [];
      for await (const line of readBackupLines(join(dir, name))) read.push(line);
      expect(read).toEqual(lines);
    }
  });
});
