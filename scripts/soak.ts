// npm run soak: mixed load against a real server on 127.0.0.1 (a fresh SQLite file), fuzzed requests from the
// OpenAPI document and hostile uploads, for SOAK_SECONDS (default 600). Prints its figures as one JSON line and
// exits non-zero on any 5xx, any 4xx that is not problem+json, or a crash. The server runs as
// `motiemonitor serve` in its own process, so its RSS (start, peak, end) is the server's alone, not the load
// generator's (which, in one process with it, added ~150 MB of its own: fetch, the bomb, tsx).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSecret, newApiToken } from '../src/auth/index.js';
import { openContext } from '../src/cli/context.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import { createApiToken } from '../src/store/repositories/api-tokens.js';
import { createUser } from '../src/store/repositories/users.js';
import { verifyAudit } from '../src/store/verify-audit.js';
import { docxBomb } from '../test/support/hostile-files.js';

const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-soak-'));
const ctx = await openContext(`sqlite:${join(dir, 'soak.db')}`);
const writer = { organisationId: ctx.organisation.id, actor: SYSTEM_ACTOR };
const staff = await createUser(ctx.db, writer, { email: 'soak@example.nl', role: 'staff' });
const token = newApiToken();
await createApiToken(ctx.db, writer, { userId: staff.id, tokenHash: hashSecret(token), label: 'soak' });
const port = 20_000 + Math.floor(Math.random() * 20_000);
const server: ChildProcess = spawn(
  process.execPath,
  [join(import.meta.dirname, '..', 'bin', 'motiemonitor.js'), 'serve'],
  {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${join(dir, 'soak.db')}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG: 'off',
      OUTBOX_WORKER: 'off',
      AUDIT_ANCHOR_DIR: join(dir, 'anker'),
      DOCUMENTS_DIR: join(dir, 'documenten'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise<void>((resolve, reject) => {
  let out = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('draait op')) resolve();
  });
  server.once('exit', (code) => reject(new Error(`server stopped (${code}): ${out}`)));
});
/** The server's resident set and its peak so far, in MB (Linux /proc; 0 elsewhere). */
function serverMemory(): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rss: 0, peak: 0 };
  }
}
const base = `http://127.0.0.1:${port}/api/v1`;
const auth = { authorization: `Bearer ${token}` };

const figures = {
  requests: 0,
  serverErrors: 0,
  notProblemJson: 0,
  crashes: 0,
  acknowledgedWrites: 0,
  lostWrites: 0,
};
// Warm up first (the first requests load and compile the routes), then take the starting figure.
for (let i = 0; i < 20; i += 1)
  await fetch(`${base}/moties?limit=50`, { headers: auth }).then((r) => r.text());
const rssStartMb = serverMemory().rss;
const created: string[] = [];
const openapi = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, object> };
const paths = Object.keys(openapi.paths);
const junk = [
  '',
  'x',
  '%E0%A4%A',
  'a'.repeat(300),
  '-1',
  '00000000-0000-0000-0000-000000000000',
  "'; drop table motions;--",
];
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

async function call(
  method: string,
  url: string,
  body?: string | Uint8Array,
  headers: Record<string, string> = {},
) {
  figures.requests += 1;
  try {
    const res = await fetch(url, { method, body, headers: { ...auth, ...headers } });
    const text = await res.text();
    if (res.status >= 500) figures.serverErrors += 1;
    else if (res.status >= 400 && !/problem\+json/.test(res.headers.get('content-type') ?? ''))
      figures.notProblemJson += 1;
    return { status: res.status, text };
  } catch {
    figures.crashes += 1;
    return { status: 0, text: '' };
  }
}

// SOAK_TRACE=1: the server's RSS every 10 s on stderr (to tell steady growth from a plateau).
const trace =
  process.env.SOAK_TRACE === '1'
    ? setInterval(
        () => console.error(JSON.stringify({ requests: figures.requests, server: serverMemory() })),
        10_000,
      )
    : undefined;
const bomb = await docxBomb(199);
const deadline = Date.now() + seconds * 1000;
let round = 0;
while (Date.now() < deadline) {
  round += 1;
  // Fuzzed GETs and POSTs from the OpenAPI paths, with junk in every parameter and query.
  const path = pick(paths).replace(/\{[^}]+\}/g, () => encodeURIComponent(pick(junk)));
  await call('GET', `${base}${path}?${pick(['', 'limit=-5', 'pagina=abc', 'q=%00', 'onbekend=1'])}`);
  await call('POST', `${base}${path}`, pick(['{', '[]', '{"titel":null}', 'null', '{"a":1}']), {
    'content-type': 'application/json',
  });
  // A write that must survive: a concept motion, read back at the end.
  const write = await call(
    'POST',
    `${base}/moties`,
    JSON.stringify({ titel: `Soak ${round}`, indieners: [{ naam: 'Soak' }] }),
    {
      'content-type': 'application/json',
    },
  );
  if (write.status === 201) {
    figures.acknowledgedWrites += 1;
    created.push(JSON.parse(write.text).id);
  }
  if (round % 50 === 0)
    await call('POST', `${base}/imports?bestandsnaam=bom.docx&voorbeeld=true`, new Uint8Array(bomb), {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  await call('GET', `${base}/moties?limit=50`);
}
if (trace) clearInterval(trace);
for (const id of created)
  if ((await call('GET', `${base}/moties/${id}`)).status !== 200) figures.lostWrites += 1;
const audit = await verifyAudit(ctx.db);
const { rss: rssEndMb, peak: rssPeakMb } = serverMemory();
const exited = server.exitCode !== null || server.signalCode !== null;
if (exited) figures.crashes += 1;
await new Promise<void>((resolve) => {
  if (exited) return resolve();
  server.once('exit', () => resolve());
  server.kill('SIGTERM');
});
await ctx.close();
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ seconds, ...figures, rssStartMb, rssPeakMb, rssEndMb, auditIntact: audit.ok }));
process.exitCode =
  figures.serverErrors + figures.notProblemJson + figures.crashes + figures.lostWrites > 0 || !audit.ok
    ? 1
    : 0;
