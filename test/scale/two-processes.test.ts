import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from '../../src/cli/context.js';
import { createUserAccount } from '../../src/services/users/create-user-account.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { freshDatabaseUrl } from '../support/engines.js';

/**
 * Two `motiemonitor serve` processes on one throw-away PostgreSQL, as behind a load balancer: whatever one
 * process learns (a session, its CSRF secret, an upload waiting for confirmation, login attempts) the other knows,
 * because it lives in the database (ADR 010).
 */
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'motiemonitor.js');
const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', '000_92c05f855c935f92.txt');
const EMAIL = 'bureau@vng.example';
const PASSWORD = 'twee-processen-een-database';

type Env = Record<string, string | undefined>;
type Server = { child: ChildProcess; base: string };

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

async function startServer(env: Env): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('draait op')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server stopped (${code}): ${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

function stopped(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

/**
 * Reads until the value is the expected one: a write on one process reaches the other's kept register version by
 * a PostgreSQL notification (ADR 026), delivered as the write commits — a moment after, at most.
 */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  for (let tries = 0; tries < 100; tries++) {
    const value = await read();
    if (value === expected) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return read();
}

const login = (server: Server, password: string) =>
  fetch(`${server.base}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, wachtwoord: password }),
  });

describe('two server processes on one PostgreSQL', () => {
  let a: Server | undefined;
  let b: Server | undefined;
  const cleanups: (() => Promise<void> | void)[] = [];

  beforeAll(async () => {
    const { url, drop } = await freshDatabaseUrl('postgres');
    cleanups.push(drop);
    const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-twee-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const setup = await openContext(url);
    const writer: WriteContext = { organisationId: setup.organisation.id, actor: SYSTEM_ACTOR };
    await createUserAccount({
      db: setup.db,
      writer,
      account: { email: EMAIL, name: 'Bureau', role: 'staff', memberId: null, password: PASSWORD },
    });
    await setup.close();
    const env: Env = {
      ...process.env,
      DATABASE_URL: url,
      LOG: 'off',
      OUTBOX_WORKER: 'off',
      AUDIT_ANCHOR_DIR: join(dir, 'anker'),
      DOCUMENTS_DIR: join(dir, 'documenten'),
    };
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopped(a), stopped(b)]);
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('keeps a session made on one process valid on the other, for API calls and CSRF-protected writes', async () => {
    const signedIn = await login(a!, PASSWORD);
    expect(signedIn.status).toBe(201);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };

    const current = await fetch(`${b!.base}/api/v1/sessies/huidig`, { headers: { cookie } });
    expect(current.status).toBe(200);
    expect(((await current.json()) as { gebruiker: { email: string } }).gebruiker.email).toBe(EMAIL);

    const motion = { titel: 'Motie over twee processen', indieners: [{ naam: 'Gemeente Proefdorp' }] };
    const write = (headers: Record<string, string>) =>
      fetch(`${b!.base}/api/v1/moties`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(motion),
      });
    // A's list totals are kept per filter until the audit head moves (ADR 015): a write on B shows on A.
    const totalOnA = async () =>
      Number(
        (await fetch(`${a!.base}/api/v1/moties?status=concept`, { headers: { cookie } })).headers.get(
          'x-total-count',
        ),
      );
    // The CSRF secret issued by process A is known to process B: without the token refused, with it accepted.
    const forged = await write({});
    expect(forged.status).toBe(403);
    const created = await write({ 'x-csrf-token': csrfToken });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const read = await fetch(`${a!.base}/api/v1/moties/${id}`, { headers: { cookie } });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { titel: string }).titel).toBe(motion.titel);
    const before = await totalOnA();
    expect(before).toBe(1);
    expect(await totalOnA()).toBe(1); // the page now reads the kept total
    expect((await write({ 'x-csrf-token': csrfToken })).status).toBe(201);
    expect(await eventually(totalOnA, 2)).toBe(2);

    // A keeps the register version in memory and its pages per version (ADR 020, 026); PostgreSQL tells it of B's
    // writes. A page A keeps, asked for again and again while B writes, is served anew once the write is told.
    const list = `${a!.base}/api/v1/moties?status=concept&limit=5`;
    const first = await fetch(list, { headers: { cookie } });
    const etag = first.headers.get('etag')!;
    expect((await fetch(list, { headers: { cookie } })).headers.get('etag')).toBe(etag);
    expect((await fetch(list, { headers: { cookie, 'if-none-match': etag } })).status).toBe(304);
    let reading = true;
    const readers = Array.from({ length: 4 }, async () => {
      while (reading) expect((await fetch(list, { headers: { cookie } })).status).toBe(200);
    });
    const third = await write({ 'x-csrf-token': csrfToken });
    expect(third.status).toBe(201);
    const { id: thirdId } = (await third.json()) as { id: string };
    const shows = async () => {
      const page = (await (await fetch(list, { headers: { cookie } })).json()) as {
        resultaten: { id: string }[];
      };
      return page.resultaten.some((m) => m.id === thirdId);
    };
    expect(await eventually(shows, true)).toBe(true);
    reading = false;
    await Promise.all(readers);
    const after = await fetch(list, { headers: { cookie, 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(after.headers.get('x-total-count')).toBe('3');

    // Signing out on B ends the session on A too.
    const out = await fetch(`${b!.base}/api/v1/sessies/huidig`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(204);
    expect((await fetch(`${a!.base}/api/v1/sessies/huidig`, { headers: { cookie } })).status).toBe(401);
  }, 60_000);

  it('confirms on one process an upload previewed on the other', async () => {
    const signedIn = await login(b!, PASSWORD);
    expect(signedIn.status).toBe(201);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0];
    const page = await (await fetch(`${a!.base}/beheer/documenten/nieuw`, { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1];

    const form = new FormData();
    form.set('_csrf', csrf);
    form.set('bestand', new Blob([readFileSync(SEED)], { type: 'text/plain' }), 'resolutie.txt');
    const preview = await fetch(`${a!.base}/beheer/documenten/voorbeeld`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    expect(preview.status).toBe(200);
    const previewPage = await preview.text();
    const token = /name="token" value="([0-9a-f]{32})"/.exec(previewPage)![1];
    const previewCsrf = /name="_csrf" value="([^"]+)"/.exec(previewPage)![1];

    const confirm = await fetch(`${b!.base}/beheer/documenten/bevestigen`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: previewCsrf, token }).toString(),
      redirect: 'manual',
    });
    expect(confirm.status).toBe(303);
    const location = confirm.headers.get('location')!;
    expect(location).toMatch(/^\/documenten\/[0-9a-f-]{36}\?/);
    const documentPage = await fetch(`${a!.base}${location.split('?')[0]}`, { headers: { cookie } });
    expect(documentPage.status).toBe(200);

    // The upload was taken: the same token confirms nothing a second time, on either process.
    const again = await fetch(`${a!.base}/beheer/documenten/bevestigen`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: previewCsrf, token }).toString(),
      redirect: 'manual',
    });
    expect(await again.text()).toContain('Het voorbeeld is verlopen');
  }, 60_000);

  it('counts login attempts across both processes', async () => {
    // Two sign-ins above (one per process) already counted in this minute; the limit is 10 in all.
    const answers: number[] = [];
    for (let i = 0; i < 8; i += 1)
      answers.push((await login(i % 2 === 0 ? a! : b!, 'onjuist-wachtwoord')).status);
    expect(answers).toEqual(Array(8).fill(401));
    const overA = await login(a!, PASSWORD);
    expect(overA.status).toBe(429);
    const problem = (await overA.json()) as { detail: string };
    expect(problem.detail).toMatch(/^Te veel inlogpogingen; probeer het over \d+ seconden? opnieuw\.$/);
    expect((await login(b!, PASSWORD)).status).toBe(429);
  }, 60_000);
});
