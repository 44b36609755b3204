import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openContext } from '../../src/cli/context.js';
import { importFile } from '../../src/importer/persist/import-file.js';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { createUserAccount } from '../../src/services/users/create-user-account.js';
import { issueApiToken } from '../../src/services/users/issue-api-token.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { openDatabase } from '../../src/store/database.js';
import { openImportFixture } from '../importer/persist-fixture.js';
import { ENGINES, freshDatabaseUrl } from '../support/engines.js';

/**
 * The server process is killed with SIGKILL while an import is in flight and motions are being written, twice;
 * after each kill it is started again on the same database. Every write the server acknowledged is there afterwards, every document is there whole or not at all (its records and provenance equal a clean
 * import of the same files in the same order), and `audit verify` passes (chain, signed anchor, record states).
 */
const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'motiemonitor.js');
const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const FILES = [
  ...readdirSync(join(SHARED, 'seeds')).map((f) => join(SHARED, 'seeds', f)),
  ...readdirSync(join(SHARED, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(SHARED, 'corpus', f)),
]
  .filter((f) => f.endsWith('.txt'))
  .sort((a, b) => a.localeCompare(b));
const CYCLES = 2;
const FILES_PER_CYCLE = 4;

type Env = Record<string, string | undefined>;

async function cli(env: Env, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `motiemonitor serve` in its own process and resolves once it listens. */
async function startServer(env: Env): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn('node', [BIN, 'serve'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('draait op')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server stopped (${code}): ${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(ENGINES)('kill -9 during imports and writes on %s', (engine) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('loses no acknowledged write, leaves no partial import and restarts cleanly', async () => {
    const { url, drop } = await freshDatabaseUrl(engine);
    cleanups.push(drop);
    const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-kill-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const env: Env = {
      ...process.env,
      DATABASE_URL: url,
      LOG: 'off',
      AUDIT_ANCHOR_DIR: join(dir, 'anker'),
      DOCUMENTS_DIR: join(dir, 'documenten'),
      UPLOADS_DIR: dir,
    };
    // The members and a staff account with an API token, written in this process (starting one costs seconds).
    const setup = await openContext(url);
    const writer: WriteContext = { organisationId: setup.organisation.id, actor: SYSTEM_ACTOR };
    await seedMunicipalities(setup.db, writer);
    const staff = await createUserAccount({
      db: setup.db,
      writer,
      account: { email: 'bureau@vng.nl', name: null, role: 'staff', memberId: null, password: null },
    });
    const { token } = await issueApiToken({ db: setup.db, writer, userId: staff.id, label: 'test' });
    await setup.close();
    const auth = { authorization: `Bearer ${token}` };

    const motions = new Map<string, string>(); // id -> title, acknowledged with 201
    const documents = new Map<string, string>(); // file -> document href, acknowledged
    const refused: string[] = [];
    let next = 0;
    let written = 0;
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      const server = await startServer(env);
      let stop = false;
      // Motions written continuously while the imports run; only the acknowledged ones count.
      const writer = (async () => {
        while (!stop) {
          written += 1;
          const title = `Schrijfproef ${written} (cyclus ${cycle + 1})`;
          let answer: { status: number; body: string };
          try {
            const res = await fetch(`${server.base}/api/v1/moties`, {
              method: 'POST',
              headers: { ...auth, 'content-type': 'application/json' },
              body: JSON.stringify({ titel: title, indieners: [{ naam: 'Gemeente Proefdorp' }] }),
            });
            answer = { status: res.status, body: await res.text() };
          } catch {
            return; // the server is gone: this write was never acknowledged
          }
          await pause(10);
          if (answer.status === 201) motions.set((JSON.parse(answer.body) as { id: string }).id, title);
          else refused.push(`${answer.status} ${answer.body}`);
        }
      })();
      const importOne = async (file: string) => {
        const res = await fetch(
          `${server.base}/api/v1/imports?bestandsnaam=${encodeURIComponent(file.split('/').at(-1)!)}`,
          {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/octet-stream' },
            body: readFileSync(file),
          },
        );
        const body = (await res.json()) as { _links?: { document: { href: string } } };
        expect([200, 201], JSON.stringify(body)).toContain(res.status);
        documents.set(file, body._links!.document.href);
      };
      for (let i = 0; i < FILES_PER_CYCLE && next < FILES.length; i += 1, next += 1)
        await importOne(FILES[next]);
      // One more import is sent and the process killed while it runs: it is re-sent after the restart.
      const inFlight = next < FILES.length ? importOne(FILES[next]).catch(() => undefined) : null;
      await pause(15 + cycle * 20);
      await killed(server.child);
      stop = true;
      await inFlight;
      await writer;
    }
    console.log(`kill -9 on ${engine}: ${motions.size} acknowledged motions, ${documents.size} documents`);
    expect(refused).toEqual([]);
    expect(motions.size).toBeGreaterThan(0);

    // Restart: the server comes up on the same database and takes writes again.
    const server = await startServer(env);
    try {
      const res = await fetch(`${server.base}/api/v1/moties`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ titel: 'Na de herstart', indieners: [{ naam: 'Gemeente Proefdorp' }] }),
      });
      expect(res.status).toBe(201);
      motions.set(((await res.json()) as { id: string }).id, 'Na de herstart');
    } finally {
      await new Promise<void>((resolve) => {
        server.child.once('exit', () => resolve());
        server.child.kill('SIGTERM');
      });
    }

    const verified = await cli(env, ['audit', 'verify']);
    expect(verified.stdout + verified.stderr).toContain('Audittrail intact');
    expect(verified.code).toBe(0);

    // Whole documents only: records and provenance per document equal a clean import of the same files.
    const opened = await openDatabase(url);
    cleanups.push(() => opened.close());
    const perDocument = async (db: typeof opened.db) =>
      (
        await db
          .selectFrom('provenance')
          .innerJoin('documents', 'documents.id', 'provenance.document_id')
          .select(['documents.content_hash as hash', 'provenance.entity_kind as kind'])
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .groupBy(['documents.content_hash', 'provenance.entity_kind'])
          .execute()
      )
        .map((r) => `${r.hash} ${r.kind} ${Number(r.n)}`)
        .sort();
    // Every acknowledged write is there.
    const rows = await opened.db.selectFrom('motions').select(['id', 'title']).execute();
    const titles = new Map(rows.map((r) => [r.id, r.title]));
    for (const [id, title] of motions) expect(titles.get(id), id).toBe(title);
    const stored = await opened.db.selectFrom('documents').select(['id', 'content_hash']).execute();
    const storedIds = new Set(stored.map((d) => d.id));
    for (const [file, href] of documents) expect(storedIds.has(href.split('/').at(-1)!), file).toBe(true);
    expect(stored.length).toBeGreaterThanOrEqual(documents.size);
    const reference = await openImportFixture('sqlite');
    cleanups.push(() => reference.cleanup());
    for (const file of FILES.slice(0, stored.length))
      await importFile(
        reference.db,
        reference.writer,
        { name: file.split('/').at(-1)!, bytes: readFileSync(file) },
        { documentsDir: null },
      );
    expect(await perDocument(opened.db)).toEqual(await perDocument(reference.db));
  });
});
