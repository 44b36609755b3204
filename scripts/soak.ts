// npm run soak: mixed load against a real server on 127.0.0.1 (a fresh SQLite file), fuzzed requests from the
// OpenAPI document and hostile uploads, for SOAK_SECONDS (default 600). Prints its figures as one JSON line and
// exits non-zero on any 5xx, any 4xx that is not problem+json, or a crash.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSecret, newApiToken } from '../src/auth/index.js';
import { openContext } from '../src/cli/context.js';
import { buildServer } from '../src/server.js';
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
const app = await buildServer({ ctx });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/v1`;
const auth = { authorization: `Bearer ${token}` };

const figures = {
  requests: 0,
  serverErrors: 0,
  notProblemJson: 0,
  crashes: 0,
  acknowledgedWrites: 0,
  lostWrites: 0,
};
const rssStartMb = Math.round(process.memoryUsage().rss / 1048576);
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

// SOAK_TRACE=1: the process's memory by kind every 10 s on stderr (to tell a leak from allocator growth).
const mb = (n: number) => Math.round(n / 1048576);
const trace =
  process.env.SOAK_TRACE === '1'
    ? setInterval(() => {
        const m = process.memoryUsage();
        console.error(
          JSON.stringify({
            t: Math.round((Date.now() - (deadline - seconds * 1000)) / 1000),
            requests: figures.requests,
            rss: mb(m.rss),
            heapTotal: mb(m.heapTotal),
            heapUsed: mb(m.heapUsed),
            external: mb(m.external),
            arrayBuffers: mb(m.arrayBuffers),
          }),
        );
      }, 10_000)
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
const rssEndMb = Math.round(process.memoryUsage().rss / 1048576);
await app.close();
await ctx.close();
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ seconds, ...figures, rssStartMb, rssEndMb, auditIntact: audit.ok }));
process.exitCode =
  figures.serverErrors + figures.notProblemJson + figures.crashes + figures.lostWrites > 0 || !audit.ok
    ? 1
    : 0;
