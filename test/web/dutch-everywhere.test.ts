import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { decision as decisionTerms } from '../../src/domain/vocabulary/index.js';
import { importFile } from '../../src/importer/persist/import-file.js';
import { readDocument } from '../../src/importer/readers/read-document.js';
import { formatMeeting } from '../../src/report/dutch-format.js';
import { loadMotionHistory } from '../../src/report/load-motion-history.js';
import { renderHistoryHtml, renderHistoryPdf } from '../../src/report/render-history.js';
import { reindexAll } from '../../src/search/index.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { CODE_WORDS, codeWordsIn, visibleText } from './code-words.js';
import { addUser, type PortalFixture, signIn, startPortal } from './fixtures.js';

const SEEDS = ['000_92c05f855c935f92.txt', '002_2925517bd531644f.txt', '003_8a98aaec6ab95035.txt'];
/** Pages of one kind (the same path with other ids or query values) visited at most this often. */
const PER_PATTERN = 2;

let portal: PortalFixture;
let staff: Awaited<ReturnType<typeof signIn>>;
const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-dutch-'));

beforeAll(async () => {
  portal = await startPortal();
  const writer = { organisationId: portal.ctx.organisation.id, actor: SYSTEM_ACTOR };
  for (const seed of SEEDS) {
    const bytes = readFileSync(new URL(`../../../shared/seeds/${seed}`, import.meta.url));
    await importFile(portal.ctx.db, writer, { name: seed, bytes });
  }
  await reindexAll(portal.ctx.db, portal.ctx.organisation.id);
  await addUser(portal.ctx, 'admin', 'beheerder@example.nl', 'Bea Beheer');
  staff = await signIn(portal.app, 'beheerder@example.nl');
}, 120_000);
afterAll(async () => {
  await portal?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Response = { statusCode: number; headers: Record<string, unknown>; body: string; rawPayload: Buffer };

/** The kind of a page: its path with ids replaced and the names (not values) of its query keys. */
function patternOf(url: URL): string {
  const path = url.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id').replace(/\/\d+(?=\/|$)/g, '/:n');
  return `${path}?${[...url.searchParams.keys()].sort().join('&')}`;
}

/** What a reader gets to see of a response: the visible text of a page, the text of a document or file. */
async function readable(url: string, res: Response): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('text/html')) return visibleText(res.body);
  if (type.includes('text/csv') || type.includes('text/plain')) return res.body;
  // A calendar's keywords (STATUS:CONFIRMED) are for programs; people read its summary, place and description.
  if (type.includes('text/calendar'))
    return [...res.body.matchAll(/^(?:SUMMARY|LOCATION|DESCRIPTION)[^:]*:(.*)$/gm)]
      .map((m) => m[1])
      .join('\n');
  if (type.includes('application/pdf') || type.includes('wordprocessingml')) {
    const read = await readDocument(url.split('/').pop() ?? 'bestand', res.rawPayload);
    return read.lines.map((l) => l.text).join('\n');
  }
  return '';
}

/**
 * Follows every link of the portal from `start` (GET only, never logging out), one page per kind up to
 * PER_PATTERN, and collects the code words each readable response shows.
 */
async function crawl(
  start: string[],
  get: (url: string) => Promise<Response>,
): Promise<{ visited: string[]; leaks: string[] }> {
  const queue = [...start];
  const seen = new Set<string>(queue);
  const perPattern = new Map<string, number>();
  const visited: string[] = [];
  const leaks = new Map<string, string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    const res = await get(url);
    if (res.statusCode >= 300) continue;
    visited.push(url);
    for (const leak of codeWordsIn(await readable(url, res))) if (!leaks.has(leak)) leaks.set(leak, url);
    if (!String(res.headers['content-type'] ?? '').includes('text/html')) continue;
    for (const [, href] of res.body.matchAll(/<a\b[^>]*\bhref="([^"#]*)/g)) {
      const target = new URL(href.replace(/&amp;/g, '&'), 'http://portal.test');
      if (target.host !== 'portal.test' || /^\/(uitloggen|assets)\b/.test(target.pathname)) continue;
      const next = target.pathname + target.search;
      if (seen.has(next)) continue;
      seen.add(next);
      const pattern = patternOf(target);
      const count = perPattern.get(pattern) ?? 0;
      if (count >= PER_PATTERN) continue;
      perPattern.set(pattern, count + 1);
      queue.push(next);
    }
  }
  return { visited, leaks: [...leaks].map(([leak, where]) => `${where}: ${leak}`) };
}

describe('no code value where people read', () => {
  it('knows the code words it looks for', () => {
    for (const word of ['settle', 'hold', 'conditional', 'held', 'adopted', 'municipality', 'staff', 'chair'])
      expect(CODE_WORDS).toContain(word);
    expect(codeWordsIn('Voorstel: settle')).toHaveLength(1);
    expect(codeWordsIn('Voorstel: Aanhouden, zie /moties?status=held en https://x.nl/held')).toEqual([]);
    expect(visibleText('<p title="held">Aangehouden</p><script>let held</script>')).not.toContain('held');
  });

  it('every public page, and every document and file they link, reads Dutch', async () => {
    const get = (url: string) => portal.app.inject({ method: 'GET', url }) as Promise<Response>;
    const { visited, leaks } = await crawl(
      ['/', '/moties', '/moties?status=aangehouden', '/zoeken?q=jeugdzorg', '/zoeken?q=verantwoording'],
      get,
    );
    for (const kind of [
      '/moties/:id',
      '/vergaderingen/:id',
      '/resoluties/:id',
      '/documenten/:id',
      '/leden/:id',
    ])
      expect(visited.map((u) => patternOf(new URL(u, 'http://p.test')))).toContain(`${kind}?`);
    expect(leaks).toEqual([]);
  }, 240_000);

  it('every staff page, report and export reads Dutch', async () => {
    const { visited, leaks } = await crawl(['/beheer', '/beheer/verantwoording'], (url) => staff.get(url));
    expect(visited.some((u) => u.endsWith('rapport.pdf'))).toBe(true);
    expect(visited.some((u) => u.endsWith('rapport.docx'))).toBe(true);
    expect(visited.some((u) => /\.csv\b/.test(u))).toBe(true);
    expect(leaks).toEqual([]);
  }, 300_000);

  it('the API’s CSV exports, the report by Accept and the queued e-mails read Dutch', async () => {
    const leaks: string[] = [];
    const rounds = await portal.ctx.db.selectFrom('accountability_rounds').select('id').execute();
    for (const { id } of rounds)
      for (const accept of ['text/csv', 'text/html', 'application/pdf']) {
        const res = (await portal.app.inject({
          method: 'GET',
          url: `/api/v1/verantwoordingsrondes/${id}/rapport`,
          headers: { accept, cookie: staff.cookie },
        })) as Response;
        expect(res.statusCode).toBe(200);
        for (const leak of codeWordsIn(await readable(`rapport.${accept}`, res)))
          leaks.push(`rapport ${id} ${accept}: ${leak}`);
      }
    const motions = await portal.app.inject({
      method: 'GET',
      url: '/api/v1/moties',
      headers: { accept: 'text/csv' },
    });
    expect(motions.statusCode).toBe(200);
    for (const leak of codeWordsIn(motions.body)) leaks.push(`moties.csv: ${leak}`);
    // The e-mails the demo's changes queued (confirmations, reminders, status changes of followed motions).
    const mails = await portal.ctx.db
      .selectFrom('outbox_messages')
      .select(['subject', 'body_text'])
      .execute();
    for (const mail of mails)
      for (const leak of codeWordsIn(`${mail.subject}\n${mail.body_text}`)) leaks.push(`e-mail: ${leak}`);
    expect(leaks).toEqual([]);
  }, 240_000);

  it('history sheets read Dutch in HTML and PDF', async () => {
    const leaks: string[] = [];
    const motions = await portal.ctx.db
      .selectFrom('motions')
      .select('id')
      .where('status', 'in', ['held', 'settled', 'adopted', 'rejected'])
      .limit(12)
      .execute();
    for (const { id } of motions) {
      const history = await loadMotionHistory(portal.ctx.db, portal.ctx.organisation.id, id);
      for (const leak of codeWordsIn(visibleText(renderHistoryHtml(history))))
        leaks.push(`${id} html: ${leak}`);
      const pdf = await readDocument('geschiedenis.pdf', await renderHistoryPdf(history));
      for (const leak of codeWordsIn(pdf.lines.map((l) => l.text).join('\n')))
        leaks.push(`${id} pdf: ${leak}`);
    }
    expect(leaks).toEqual([]);
  }, 120_000);

  it('a motion’s timeline says what happened where, and names its sources by their titles', async () => {
    const decided = await portal.ctx.db
      .selectFrom('accountability_entries as e')
      .innerJoin('accountability_rounds as r', 'r.id', 'e.round_id')
      .innerJoin('meetings as g', 'g.id', 'r.meeting_id')
      .select(['e.motion_id', 'e.decision', 'g.kind', 'g.date'])
      .where('e.decision', 'is not', null)
      .execute();
    // The demo's rounds and the imported report (seed 003) both have decided entries.
    expect(decided.length).toBeGreaterThan(20);
    const checked = new Set<string>();
    for (const entry of decided.slice(0, 40)) {
      const page = visibleText(
        (await portal.app.inject({ method: 'GET', url: `/moties/${entry.motion_id}` })).body,
      ).replace(/\s+/g, ' ');
      const where = formatMeeting({ kind: entry.kind, date: entry.date });
      const what = decisionTerms.label(entry.decision!).toLowerCase();
      expect(page).toContain(`${where} · Besluit: ${what}`);
      checked.add(what);
    }
    expect([...checked].sort()).toEqual(['afgedaan', 'aangehouden'].sort());
    // "ALV 18 juni 2025 · Besluit: aangehouden": the assembly of the imported report.
    const held2025 = decided.find((e) => e.date === '2025-06-18' && e.decision === 'held');
    expect(held2025).toBeDefined();
    // Imported motions name their source document by its title, never by the file's name.
    const imported = await portal.ctx.db
      .selectFrom('provenance as p')
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .select(['p.entity_id', 'd.title', 'd.filename'])
      .where('p.entity_kind', '=', 'motion')
      .limit(10)
      .execute();
    expect(imported.length).toBeGreaterThan(0);
    for (const source of imported) {
      const html = (await portal.app.inject({ method: 'GET', url: `/moties/${source.entity_id}` })).body;
      const section = visibleText(html.slice(html.indexOf('id="bronnen"'))).replace(/\s+/g, ' ');
      expect(source.title).toBeTruthy();
      expect(section).toContain(source.title!);
      expect(section).not.toContain(source.filename);
      expect(section).not.toMatch(/\.(txt|pdf|docx)\b/);
    }
  }, 120_000);

  it('the command line answers in Dutch, in its messages and its help', async () => {
    const printed: string[] = [];
    const print = (...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    };
    const log = vi.spyOn(console, 'log').mockImplementation(print);
    const error = vi.spyOn(console, 'error').mockImplementation(print);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = portal.url;
    const outputs: Record<string, string> = {};
    const csv = join(dir, 'rapport.csv');
    try {
      for (const args of [
        ['stats'],
        ['users', 'list'],
        ['outbox', 'list'],
        ['voting-rule', 'show'],
        ['report', 'verantwoording', '--meeting', '2025-06-18', '--format', 'csv', '-o', csv],
        ['import', join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', SEEDS[2])],
      ]) {
        printed.length = 0;
        await buildProgram()
          .parseAsync(['node', 'motiemonitor', ...args])
          .catch((e: Error) => printed.push(e.message));
        outputs[args.slice(0, 2).join(' ')] = printed.join('\n');
      }
    } finally {
      process.env.DATABASE_URL = previous;
      process.exitCode = undefined;
      log.mockRestore();
      error.mockRestore();
      write.mockRestore();
    }
    outputs['rapport.csv'] = readFileSync(csv, 'utf8');
    // Every command's help, as `--help` prints it.
    const helps = (command: Command, path: string): [string, string][] => [
      [`help ${path}`, command.helpInformation()],
      ...command.commands.flatMap((sub) => helps(sub, `${path} ${sub.name()}`.trim())),
    ];
    Object.assign(outputs, Object.fromEntries(helps(buildProgram(), '')));
    expect(outputs['users list']).toContain('beheerder@example.nl');
    expect(outputs['help outbox list']).toContain('verzonden');
    const leaks = Object.entries(outputs).flatMap(([name, out]) =>
      codeWordsIn(out).map((l) => `${name}: ${l}`),
    );
    expect(leaks).toEqual([]);
  }, 120_000);
});
