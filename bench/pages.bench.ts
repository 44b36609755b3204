/**
 * Portal benchmark (issue 6): per page type, at 100 000 motions (BENCH_MOTIONS) on SQLite, the server time of
 * the page (in-process inject: routing, queries, React rendering; p50 and p95 over BENCH_RUNS requests), the
 * bytes of HTML, CSS and JS it needs (raw, and as served to a browser that accepts gzip/brotli), and the Largest Contentful Paint in
 * Chromium on loopback (median of 3 cold loads). One JSON line per page type, then a summary line.
 * A page type gets at most BENCH_PAGE_SECONDS (default 60) of requests (`runs` says how many were made): the
 * staff round workspace renders every entry of a round (megabytes of HTML at 100 000 motions) and its 43
 * requests alone took longer than the run was given, so the run ended after `search` without the rest. A page
 * that fails gets an `error` in its line; the summary line is printed whatever happens. BENCH_PAGES=a,b measures
 * only those page types (while working on them). The requests of a page type repeat one address at an unchanged
 * register, so a public page is answered from the page kept for the register version after the first (ADR 029):
 * `serverMs`. The same requests to the same portal built without kept pages give `renderedMs`: what the page
 * costs when it is rendered, as on the first request after any write.
 * Run: `npm run bench -- pages`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { hashPassword } from '../src/auth/index.js';
import { buildServer } from '../src/server.js';
import { openDatabase } from '../src/store/database.js';
import { createUser } from '../src/store/repositories/users.js';
import { launchChromium } from '../test/support/browser.js';
import { freePort } from '../test/support/postgres-cluster.js';
import { loadPagesCorpus } from './pages-data.js';

const MOTIONS = Number(process.env.BENCH_MOTIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const PAGE_SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 60);
/** Only these page types (comma-separated names, e.g. `staff-round,meeting`); all when unset. */
const ONLY = new Set((process.env.BENCH_PAGES ?? '').split(',').filter(Boolean));
const PASSWORD = 'bench-wachtwoord-lang';

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (n: number) => Math.round(n * 100) / 100;

async function pageTypes(one: (sql: string) => Promise<string>) {
  const motion = await one("select id from motions where status = 'held' and number like '20%' limit 1");
  const member = await one("select id from members where code = 'GM0344'");
  return [
    ['home', '/'],
    ['motion-list', '/moties'],
    ['motion-list-filtered', '/moties?status=aangehouden&onderwerp=Jeugdzorg&pagina=3'],
    ['motion-list-search', '/moties?q=gemeentefinancien'],
    ['motion', `/moties/${motion}`],
    [
      'resolution-diff',
      `/resoluties/${await one("select id from resolutions where status = 'adopted' limit 1")}?van=1&naar=3`,
    ],
    ['agreements', '/afspraken'],
    [
      'meeting',
      `/vergaderingen/${await one('select meeting_id from motions group by meeting_id order by count(*) desc limit 1')}`,
    ],
    ['letter', `/ledenbrieven/${await one('select id from letters limit 1')}`],
    ['member', `/leden/${member}`],
    ['members', '/leden'],
    ['search', '/zoeken?q=jeugdzorg'],
    [
      'staff-round',
      `/beheer/verantwoording/${await one('select id from accountability_rounds order by opened_at desc limit 1')}`,
    ],
  ] as const;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-pages-'));
  const opened = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
  const started = performance.now();
  const ctx = await loadPagesCorpus(opened, MOTIONS);
  const loadSeconds = round((performance.now() - started) / 1000);
  const writer = { organisationId: ctx.organisation.id, actor: { id: null, label: 'bench' } };
  await createUser(ctx.db, writer, {
    email: 'bench@example.nl',
    role: 'admin',
    passwordHash: await hashPassword(PASSWORD),
  });
  const app = await buildServer({ ctx });
  // The same portal without kept pages (ADR 029): what a page costs when it is rendered, as on the first request
  // after any write (during a live vote every ballot is one). Injected only, never listening.
  const rendering = await buildServer({ ctx, keepPages: false });
  const port = await freePort();
  await app.listen({ host: '127.0.0.1', port });
  const base = `http://127.0.0.1:${port}`;
  const login = await app.inject({
    method: 'POST',
    url: '/inloggen',
    payload: { email: 'bench@example.nl', wachtwoord: PASSWORD },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0];
  const one = async (query: string) => {
    const { sql } = await import('kysely');
    const rows = await sql.raw<{ id?: string; meeting_id?: string }>(query).execute(ctx.db);
    const row = rows.rows[0];
    return String(row?.id ?? row?.meeting_id);
  };
  const pages = (await pageTypes(one)).filter(([name]) => ONLY.size === 0 || ONLY.has(name));
  const cssUrl = /href="(\/assets\/[^"]+\.css)"/.exec((await app.inject('/')).body)![1];
  const cssBytes = (await app.inject({ method: 'GET', url: cssUrl })).rawPayload.length;
  const cssBrotli = (await app.inject({ method: 'GET', url: cssUrl, headers: { 'accept-encoding': 'br' } }))
    .rawPayload.length;

  let browser = await launchChromium();
  const results: PageLine[] = [];
  const failures: { page: string; error: string }[] = [];
  const summary = () =>
    console.log(
      JSON.stringify({
        bench: 'pages',
        summary: true,
        motions: MOTIONS,
        loadSeconds,
        pages: results.length,
        failed: failures,
        slowestP95: results.length
          ? (({ page, serverMs }) => ({ page, ms: serverMs.p95 }))(
              results.reduce((a, b) => (b.serverMs.p95 > a.serverMs.p95 ? b : a)),
            )
          : null,
        slowestRenderedP95: results.length
          ? (({ page, renderedMs }) => ({ page, ms: renderedMs.p95 }))(
              results.reduce((a, b) => (b.renderedMs.p95 > a.renderedMs.p95 ? b : a)),
            )
          : null,
        maxLcpMs: Math.max(0, ...results.map((r) => r.lcpMs ?? 0)),
        jsBytes: 0,
      }),
    );
  try {
    for (const [name, url] of pages) {
      try {
        const line = await measurePage(name, url);
        results.push(line);
        console.log(JSON.stringify(line));
      } catch (error) {
        failures.push({ page: name, error: String(error) });
        console.log(JSON.stringify({ bench: 'pages', page: name, url, error: String(error) }));
        // A crashed browser is started again for the next page type.
        if (!browser.isConnected()) browser = await launchChromium();
      }
    }
  } finally {
    summary();
    await browser.close().catch(() => undefined);
    await app.close();
    await rendering.close();
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }

  async function measurePage(name: string, url: string): Promise<PageLine> {
    const headers = name.startsWith('staff') ? { cookie } : {};
    const budgetEnds = performance.now() + PAGE_SECONDS * 1000;
    for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url, headers });
    const times: number[] = [];
    let html = '';
    let served = 0;
    let status = 0;
    for (let i = 0; i < RUNS && (i < 3 || performance.now() < budgetEnds); i++) {
      const t0 = performance.now();
      const res = await app.inject({
        method: 'GET',
        url,
        headers: { ...headers, 'accept-encoding': 'gzip, br' },
      });
      times.push(performance.now() - t0);
      served = res.rawPayload.length;
      html = res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.rawPayload).toString() : res.body;
      status = res.statusCode;
    }
    times.sort((a, b) => a - b);
    for (let i = 0; i < 3; i++) await rendering.inject({ method: 'GET', url, headers });
    const rendered: number[] = [];
    for (let i = 0; i < times.length; i++) {
      const t0 = performance.now();
      await rendering.inject({ method: 'GET', url, headers: { ...headers, 'accept-encoding': 'gzip, br' } });
      rendered.push(performance.now() - t0);
    }
    rendered.sort((a, b) => a - b);
    const lcps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext();
      try {
        if (name.startsWith('staff'))
          await context.addCookies([{ name: cookie.split('=')[0], value: cookie.split('=')[1], url: base }]);
        const page = await context.newPage();
        await page.goto(base + url, { waitUntil: 'load', timeout: PAGE_SECONDS * 1000 });
        lcps.push(await largestContentfulPaint(page));
      } finally {
        await context.close().catch(() => undefined);
      }
    }
    lcps.sort((a, b) => a - b);
    return {
      bench: 'pages',
      engine: ctx.engine,
      motions: MOTIONS,
      page: name,
      url,
      status,
      runs: times.length,
      serverMs: { p50: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)) },
      renderedMs: { p50: round(quantile(rendered, 0.5)), p95: round(quantile(rendered, 0.95)) },
      bytes: {
        html: Buffer.byteLength(html),
        htmlServed: served,
        css: cssBytes,
        cssBrotli,
        js: 0,
      },
      lcpMs: round(lcps[1]),
    };
  }
}

type PageLine = {
  bench: 'pages';
  engine: string;
  motions: number;
  page: string;
  url: string;
  status: number;
  runs: number;
  serverMs: { p50: number; p95: number };
  /** The same requests to the portal without kept pages: the page rendered (ADR 029). */
  renderedMs: { p50: number; p95: number };
  bytes: { html: number; htmlServed: number; css: number; cssBrotli: number; js: number };
  lcpMs: number;
};

/** LCP as Chromium reports it (buffered PerformanceObserver), in ms since navigation start. */
async function largestContentfulPaint(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        // biome-ignore lint/suspicious/noExplicitAny: the DOM types are not part of this Node project
        const g = globalThis as any;
        let last = 0;
        new g.PerformanceObserver((list: { getEntries: () => { startTime: number }[] }) => {
          for (const entry of list.getEntries()) last = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(last), 300);
      }),
  );
}

// A rejection nobody awaited (the browser's connection, a server hook) is reported as a line, not a silent end.
process.on('unhandledRejection', (reason) => {
  console.log(JSON.stringify({ bench: 'pages', unhandledRejection: String(reason) }));
});
await main();
