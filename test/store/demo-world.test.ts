import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatDutchDate } from '../../src/domain/vocabulary/index.js';
import { analyseFileDetailed } from '../../src/importer/analyse-file.js';
import { parseMeetingRef } from '../../src/importer/meetings.js';
import type { ImportOutcome } from '../../src/importer/persist/import-file.js';
import { titleSimilarity } from '../../src/importer/persist/motion-match.js';
import { loadAccountabilityReport } from '../../src/report/load-accountability-report.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { renderReportPdf } from '../../src/report/render-pdf.js';
import { DEMO_MEETINGS } from '../../src/seed/demo/calendar.js';
import { importDemoDocuments } from '../../src/seed/demo/demo-documents.js';
import { seedDemo } from '../../src/seed/demo/seed-demo.js';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { checkRoundCompleteness } from '../../src/services/accountability/round-completeness.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { listRoundEntries } from '../../src/store/repositories/accountability.js';
import { listMotionTransitions } from '../../src/store/repositories/motions.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

/** A clock far from every date of the demo and its documents: a record dated by it was dated by the clock. */
const FAKE_NOW = '2039-03-07T08:15:00.000Z';
const FAKE_DAY = FAKE_NOW.slice(0, 10);

/** Every column that holds a record's own time (not when a row was written). */
const OWN_TIMES: [string, string[]][] = [
  ['meetings', ['date']],
  ['motions', ['submitted_at', 'decided_at']],
  ['motion_transitions', ['at']],
  ['pre_advices', ['given_at']],
  ['resolution_versions', ['published_at']],
  ['accountability_rounds', ['opened_at']],
  ['accountability_entries', ['approved_at', 'decided_at']],
  ['agreements', ['due_date']],
  ['consultations', ['date']],
  ['letters', ['date']],
  ['votes', ['opened_at', 'closed_at', 'published_at']],
];

const DOCUMENTS = join(import.meta.dirname, '..', '..', 'src', 'seed', 'demo', 'documents');

describe.each(ENGINES)('the demo as one world on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let outcomes: ImportOutcome[];
  let demoMotionIds: Set<string>;
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(FAKE_NOW) });
    process.env.DOCUMENTS_DIR = mkdtempSync(join(tmpdir(), 'motiemonitor-demo-originals-'));
    t = await openTestDatabase(engine);
    const org = await ensureOrganisation(t.db);
    await seedMunicipalities(t.db, { organisationId: org.id, actor: SYSTEM_ACTOR });
    await seedDemo(t.db, org);
    demoMotionIds = new Set((await t.db.selectFrom('motions').select('id').execute()).map((m) => m.id));
    outcomes = await importDemoDocuments(t.db, org);
  }, 300_000);
  afterAll(async () => {
    vi.useRealTimers();
    delete process.env.DOCUMENTS_DIR;
    await t?.cleanup();
  });

  it('holds the assemblies the bundled documents name, on their dates and of their kinds', async () => {
    const named = new Set<string>(); // the meetings the analyses link records to
    const mentioned = new Set<string>(); // and every assembly the text names in passing
    for (const name of readdirSync(DOCUMENTS).filter((file) => file.endsWith('.txt'))) {
      const { analysis, lines } = await analyseFileDetailed(join(DOCUMENTS, name));
      const refs = [
        analysis.meeting,
        ...analysis.motions.flatMap((m) => [m.adoptedAt, m.meeting]),
        ...analysis.resolutions.map((r) => r.meeting),
      ];
      for (const ref of refs) if (ref?.kind && ref.date) named.add(`${ref.kind}@${ref.date}`);
      // "de in de ALV van 14 juni 2023 vastgestelde Verenigingsstrategie"
      for (const line of lines) {
        const ref = parseMeetingRef(line.text, { reference: analysis.date });
        if (ref?.kind && ref.date) mentioned.add(`${ref.kind}@${ref.date}`);
      }
    }
    const real = DEMO_MEETINGS.filter((plan) => plan.real).map((plan) => `${plan.kind}@${plan.date}`);
    expect(real.filter((key) => !named.has(key) && !mentioned.has(key))).toEqual([]);
    const inDemoYears = [...named].filter((key) => key.slice(-10) >= '2022-01-01');
    expect(inDemoYears.filter((key) => !real.includes(key))).toEqual([]);
  });

  it('has no two meetings for one assembly', async () => {
    const meetings = await t.db.selectFrom('meetings').select(['kind', 'date', 'title']).execute();
    const keys = meetings.map((m) => `${m.kind}@${m.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    const assemblyDays = meetings.filter((m) => m.kind !== 'ledenbijeenkomst').map((m) => m.date);
    expect(new Set(assemblyDays).size).toBe(assemblyDays.length);
    expect(outcomes.flatMap((o) => (o.status === 'imported' ? o.warnings : []))).not.toContainEqual(
      expect.stringMatching(/^meeting-kind:/),
    );
  });

  it('imports the real motions beside the generated ones: none merged, none alike', async () => {
    expect(outcomes.map((o) => o.status)).toEqual([
      'imported',
      'imported',
      'imported',
      'imported',
      'imported',
    ]);
    const warnings = outcomes.flatMap((o) => (o.status === 'imported' ? o.warnings : []));
    expect(warnings.filter((w) => w.startsWith('possible-duplicate:'))).toEqual([]);
    const motions = await t.db.selectFrom('motions').select(['id', 'title']).execute();
    const real = motions.filter((m) => !demoMotionIds.has(m.id));
    const generated = motions.filter((m) => demoMotionIds.has(m.id));
    expect(real.length).toBeGreaterThanOrEqual(23);
    const alike = generated.flatMap((g) =>
      real.filter((r) => titleSimilarity(g.title, r.title) >= 0.6).map((r) => `${g.title} ~ ${r.title}`),
    );
    expect(alike).toEqual([]);
  });

  it('dates no status before its meeting, and every adopted motion at its meeting', async () => {
    const rows = await t.db
      .selectFrom('motion_transitions as t')
      .innerJoin('motions as m', 'm.id', 't.motion_id')
      .leftJoin('meetings as at_meeting', 'at_meeting.id', 't.meeting_id')
      .leftJoin('meetings as own', 'own.id', 'm.meeting_id')
      .select([
        'm.title',
        't.to_status',
        't.at',
        'at_meeting.date as transitionMeeting',
        'own.date as motionMeeting',
      ])
      .where('t.to_status', 'in', ['adopted', 'rejected', 'withdrawn', 'postponed', 'held', 'settled'])
      .execute();
    expect(rows.length).toBeGreaterThan(50);
    const early = rows.filter((r) => {
      const meeting = r.transitionMeeting ?? r.motionMeeting;
      return meeting !== null && r.at.slice(0, 10) < meeting;
    });
    expect(early).toEqual([]);
    const adopted = rows.filter((r) => r.to_status === 'adopted');
    expect(
      adopted.every((r) => r.transitionMeeting !== null && r.at.slice(0, 10) === r.transitionMeeting),
    ).toBe(true);
    // Adopted motions, also those the demo's rounds have since held or settled (the imported ones too).
    const held = await t.db
      .selectFrom('motions')
      .select(['id', 'status', 'meeting_id', 'decided_at'])
      .where('status', 'in', ['adopted', 'held', 'settled'])
      .execute();
    expect(held.filter((m) => !demoMotionIds.has(m.id)).length).toBeGreaterThan(20);
    expect(held.filter((m) => m.meeting_id === null || m.decided_at === null)).toEqual([]);
  });

  it("tells every motion's history in the order it happened, the imported steps among the rounds' decisions", async () => {
    const motions = await t.db.selectFrom('motions').select(['id', 'title']).execute();
    const disordered: string[] = [];
    for (const motion of motions) {
      const steps = await listMotionTransitions(t.db, motion.id);
      if (steps.some((step, i) => i > 0 && step.at < steps[i - 1].at)) disordered.push(motion.title);
    }
    expect(motions.length).toBeGreaterThan(80);
    expect(disordered).toEqual([]);
    // The round of the report's own meeting keeps the report's words for its real motions.
    const entry = await t.db
      .selectFrom('accountability_entries as e')
      .innerJoin('motions as m', 'm.id', 'e.motion_id')
      .innerJoin('accountability_rounds as r', 'r.id', 'e.round_id')
      .innerJoin('meetings as g', 'g.id', 'r.meeting_id')
      .select(['e.text', 'e.proposal', 'e.decision'])
      .where('m.title', '=', 'Nieuwkomersonderwijs')
      .where('g.date', '=', '2025-06-18')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ proposal: 'hold', decision: 'held' });
    expect(entry.text).toMatch(/^Sinds het aanhouden van deze motie op de Najaars ALV/);
  });

  it('dates no record by the clock: nothing carries the day of the import', async () => {
    const clocked: string[] = [];
    for (const [table, columns] of OWN_TIMES) {
      for (const column of columns) {
        const rows = await t.db
          // biome-ignore lint/suspicious/noExplicitAny: the table and column names come from the list above
          .selectFrom(table as any)
          .select(column)
          // biome-ignore lint/suspicious/noExplicitAny: as above
          .where(column as any, 'like', `${FAKE_DAY}%`)
          .execute();
        if (rows.length > 0) clocked.push(`${table}.${column}: ${rows.length}`);
      }
    }
    expect(clocked).toEqual([]);
    // The clock did run: rows were written "today", so the check above could have failed.
    const written = await t.db
      .selectFrom('documents')
      .select('imported_at')
      .where('imported_at', 'like', `${FAKE_DAY}%`)
      .execute();
    expect(written.length).toBe(5);
  });

  it('gives the coming round every open motion, imported ones too, and a report whose counts are its entries', async () => {
    const rounds = await t.db
      .selectFrom('accountability_rounds as r')
      .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
      .select(['r.id', 'r.status', 'm.date'])
      .orderBy('m.date')
      .execute();
    const coming = rounds.filter((r) => r.status !== 'decided');
    expect(coming.length).toBeGreaterThan(0);
    const organisationId = (await t.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    for (const round of coming) {
      const check = await checkRoundCompleteness({ db: t.db, organisationId, roundId: round.id });
      expect(check.missing.map((m) => m.title)).toEqual([]);
      const entries = await listRoundEntries(t.db, organisationId, round.id);
      expect(entries.some((e) => !demoMotionIds.has(e.motionId))).toBe(true);
      const report = await loadAccountabilityReport(t.db, organisationId, { roundId: round.id });
      const { motions, settle, hold, conditional, open } = report.counts;
      expect(motions).toBe(entries.length);
      expect(settle + hold + conditional + open).toBe(motions);
    }
  });

  it("names on the coming round's report cover the member letter that announces its meeting", async () => {
    const organisationId = (await t.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const coming = await t.db
      .selectFrom('accountability_rounds as r')
      .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
      .leftJoin('letters as l', 'l.id', 'r.letter_id')
      .select(['r.id', 'm.date as meetingDate', 'l.number', 'l.date as letterDate', 'l.subject'])
      .where('r.status', '!=', 'decided')
      .execute();
    expect(coming.length).toBeGreaterThan(0);
    for (const round of coming) {
      // The invitation to the coming meeting, sent weeks before it: a 2026 Lbr-number, dated by the records.
      expect(round.number).toMatch(/^Lbr\. 26\/0\d\d$/);
      expect(round.subject).toMatch(/^Uitnodiging /);
      expect(round.letterDate! < round.meetingDate).toBe(true);
      const line = `${round.number}, “${round.subject}” van ${formatDutchDate(round.letterDate!)}`;
      const report = await loadAccountabilityReport(t.db, organisationId, { roundId: round.id });
      const html = renderReportHtml(report);
      expect(html).toContain(`Ledenbrief:</dt><dd>${line}</dd>`);
      expect(html).toContain(`Datum rapport:</dt><dd>${formatDutchDate(round.letterDate!)}</dd>`);
      const pdf = await getDocumentProxy(new Uint8Array(await renderReportPdf(report)));
      const cover = (await (await pdf.getPage(1)).getTextContent()).items
        .map((item) => ('str' in item ? item.str : ''))
        .join('');
      await pdf.destroy();
      expect(cover.replace(/\s+/g, ' ')).toContain(round.number!);
      expect(cover.replace(/\s+/g, ' ')).toContain(formatDutchDate(round.letterDate!));
    }
  });
});
