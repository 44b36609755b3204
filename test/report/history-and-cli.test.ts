import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram, main } from '../../src/cli/main.js';
import { tallyVote } from '../../src/domain/index.js';
import { readDocument } from '../../src/importer/readers/read-document.js';
import type { MotionHistory } from '../../src/report/history-model.js';
import { loadMotionHistory } from '../../src/report/load-motion-history.js';
import { renderHistoryHtml, renderHistoryPdf } from '../../src/report/render-history.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { createVote } from '../../src/store/repositories/votes.js';
import { openTestDatabase } from '../support/engines.js';
import { type PopulatedRound, populateRound } from './support/populate-round.js';
import { loadSeedRound } from './support/round-fixture.js';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let round: PopulatedRound;
let history: MotionHistory;
const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-report-'));

beforeAll(async () => {
  database = await openTestDatabase('sqlite');
  round = await populateRound(database.db, loadSeedRound());
  const motionId = round.motionIds[0];
  await createVote(
    database.db,
    { organisationId: round.organisationId, actor: SYSTEM_ACTOR },
    {
      motionId,
      subject: 'Motie Almere en Tilburg',
      status: 'published',
      result: tallyVote({
        ballots: [
          { memberId: 'a', choice: 'for', weight: 9829 },
          { memberId: 'b', choice: 'against', weight: 171 },
        ],
        eligibleWeight: 10_000,
        presentWeight: 10_000,
        majority: 'simple',
        quorum: 0,
      }),
      openedAt: '2022-06-29T13:50:00.000Z',
      closedAt: '2022-06-29T13:55:00.000Z',
    },
  );
  history = await loadMotionHistory(database.db, round.organisationId, motionId);
});
afterAll(async () => {
  await database?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('history sheet of a motion', () => {
  it('lists every transition, vote and accountability entry with its date, oldest first', () => {
    expect(history.title).toContain('Een uitvoerbaar en betaalbaar inburgeringsstelsel');
    expect(history.events.map((e) => [e.at.slice(0, 10), e.kind, e.title])).toEqual([
      ['2022-06-29', 'vote', 'Stemming'],
      ['2022-06-29', 'transition', 'ingediend → aangenomen'],
      ['2023-06-14', 'transition', 'aangenomen → aangehouden'],
      ['2025-06-18', 'accountability', 'Verantwoording ALV 18 juni 2025'],
    ]);
    expect(history.events[0].detail).toContain('aangenomen met 98,29%');
    expect(history.events[3].detail).toContain('voorstel aanhouden');
  });

  it('renders as an accessible Dutch HTML table and as a tagged PDF', async () => {
    const html = renderHistoryHtml(history);
    expect(html).toContain('<html lang="nl">');
    expect(html.match(/<tr><td>/g)).toHaveLength(4);
    expect(html).toContain('<th scope="col">Datum</th>');
    const pdf = await getDocumentProxy(await renderHistoryPdf(history));
    const text = (await (await pdf.getPage(1)).getTextContent()).items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ');
    expect(text).toContain('Gebeurtenissen');
    expect(text).toContain('29 juni 2022');
    await pdf.destroy();
  });
});

describe('history sheet read back through the importer', () => {
  const lines = async (name: string, bytes: Uint8Array) =>
    (await readDocument(name, bytes)).lines
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/g, ' ');

  it.each([
    ['pdf', async () => renderHistoryPdf(history)],
    ['html', async () => new TextEncoder().encode(renderHistoryHtml(history))],
  ])('the %s renders arrows, Dutch dates and Dutch local times', async (format, render) => {
    const text = await lines(`geschiedenis.${format}`, await render());
    // Arrows between statuses, as written (no missing glyph, no replacement character).
    expect(text).toContain('ingediend → aangenomen');
    expect(text).toContain('aangenomen → aangehouden');
    expect(text).not.toMatch(/\uFFFD|&rarr;|->/);
    // The vote closed at 13:55 UTC on 29 June 2022: 15:55 in the Netherlands (summer time).
    expect(text).toContain('29 juni 2022 om 15:55');
    expect(text).not.toContain('13:55');
    expect(text).toContain('18 juni 2025');
    expect(text).toContain('aangenomen met 98,29%');
    expect(text).not.toMatch(/\b(?:June|Jun|2022-06-29|T13:55)\b/);
  });
});

describe('motiemonitor report', () => {
  const run = async (...args: string[]) => {
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      await buildProgram().parseAsync(['node', 'motiemonitor', 'report', ...args]);
    } finally {
      process.env.DATABASE_URL = previous;
    }
  };

  it.each(['html', 'csv', 'pdf', 'docx'])(
    'verantwoording --meeting 2025-06-18 --format %s writes the file',
    async (format) => {
      const file = join(dir, `rapport.${format}`);
      await run('verantwoording', '--meeting', '2025-06-18', '--format', format, '-o', file);
      const head = readFileSync(file).subarray(0, 4).toString('latin1');
      expect(head).toBe({ html: '<!do', csv: '\xef\xbb\xbfN', pdf: '%PDF', docx: 'PK\x03\x04' }[format]);
    },
  );

  it('geschiedenis --motion ID --format html writes the history sheet', async () => {
    const file = join(dir, 'geschiedenis.html');
    await run('geschiedenis', '--motion', round.motionIds[0], '--format', 'html', '-o', file);
    expect(readFileSync(file, 'utf8')).toContain('Geschiedenis van motie Almere en Tilburg');
  });

  it('a file that cannot be written is one Dutch line naming it, not the system error', async () => {
    const target = join(dir, 'bestaat-niet', 'rapport.csv');
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line) => printed.push(String(line)));
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    let code: typeof process.exitCode;
    try {
      await main([
        'node',
        'motiemonitor',
        'report',
        'verantwoording',
        '--meeting',
        '2025-06-18',
        '--format',
        'csv',
        '-o',
        target,
      ]);
    } finally {
      process.env.DATABASE_URL = previous;
      spy.mockRestore();
      code = process.exitCode;
      process.exitCode = undefined;
    }
    expect(code).toBe(1);
    expect(printed).toEqual([`Fout: ${target}: het bestand of de map bestaat niet`]);
  });

  it('refuses a date without a round with a Dutch message', async () => {
    await expect(run('verantwoording', '--meeting', '2031-01-01', '--format', 'pdf')).rejects.toThrow(
      /geen verantwoordingsronde/,
    );
  });
});
