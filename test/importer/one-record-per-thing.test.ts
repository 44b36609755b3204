import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/importer/persist/import-file.js';
import { titleSimilarity } from '../../src/importer/persist/motion-match.js';
import { previewImports } from '../../src/importer/persist/preview-import.js';
import { titleKey } from '../../src/importer/recognisers/motion-reference.js';
import { ENGINES } from '../support/engines.js';
import { type ImportFixture, openImportFixture } from './persist-fixture.js';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const textsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
const CORPUS_AND_SEEDS = [...textsIn(join(SHARED, 'corpus')), ...textsIn(join(SHARED, 'seeds'))];

const REGISTERS = [
  'meetings',
  'motions',
  'motion_submitters',
  'resolutions',
  'resolution_versions',
  'letters',
  'agreements',
  'consultations',
  'accountability_rounds',
  'accountability_entries',
] as const;

async function registerCounts(f: ImportFixture): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of REGISTERS) {
    const row = await f.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** The same documents as other bytes (Windows line endings): the content hash cannot recognise them. */
function copiesWithOtherBytes(files: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-crlf-'));
  return files.map((file) => {
    const copy = join(dir, file.split('/').pop()!);
    writeFileSync(copy, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    return copy;
  });
}

describe.each(ENGINES)('the corpus and the seeds as one register on %s', (engine) => {
  let f: ImportFixture;
  let before: Record<string, number>;
  beforeAll(async () => {
    f = await openImportFixture(engine);
    const outcomes = await importFiles(f.db, f.writer, CORPUS_AND_SEEDS, { documentsDir: f.documentsDir });
    expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    before = await registerCounts(f);
  }, 300_000);
  afterAll(async () => f?.cleanup());

  it('has one meeting per assembly: never two on one date, never two of one date and kind', async () => {
    const meetings = await f.db.selectFrom('meetings').select(['date', 'kind']).execute();
    const assemblies = meetings.filter((m) => m.kind !== 'ledenbijeenkomst').map((m) => m.date);
    expect(assemblies.length).toBeGreaterThan(5);
    expect(new Set(assemblies).size).toBe(assemblies.length);
    const keys = meetings.map((m) => `${m.kind}@${m.date}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no motion twice: no two of one meeting with near-identical titles and a submitter in common', async () => {
    const motions = await f.db.selectFrom('motions').select(['id', 'title', 'meeting_id']).execute();
    const submitters = await f.db.selectFrom('motion_submitters').select(['motion_id', 'name']).execute();
    const namesOf = (id: string) =>
      new Set(submitters.filter((s) => s.motion_id === id).map((s) => titleKey(s.name)));
    const twins = motions.flatMap((a, i) =>
      motions
        .slice(i + 1)
        .filter(
          (b) =>
            a.meeting_id === b.meeting_id &&
            titleSimilarity(a.title, b.title) >= 0.85 &&
            [...namesOf(a.id)].some((name) => namesOf(b.id).has(name)),
        )
        .map((b) => `${a.title} = ${b.title}`),
    );
    expect(motions.length).toBeGreaterThanOrEqual(23);
    expect(twins).toEqual([]);
  });

  it('a second import of every file is a no-op that says so', async () => {
    const again = await importFiles(f.db, f.writer, CORPUS_AND_SEEDS, { documentsDir: f.documentsDir });
    expect(again.map((o) => o.status)).toEqual(CORPUS_AND_SEEDS.map(() => 'unchanged'));
    expect(await registerCounts(f)).toEqual(before);
  }, 300_000);

  it('other copies of the same documents (other bytes) add documents but no record twice', async () => {
    const copies = copiesWithOtherBytes(CORPUS_AND_SEEDS);
    const previews = await previewImports(f.db, f.writer, copies);
    expect(previews.every((p) => p.status === 'preview')).toBe(true);
    const outcomes = await importFiles(f.db, f.writer, copies, { documentsDir: f.documentsDir });
    expect(outcomes.map((o) => o.status)).toEqual(copies.map(() => 'imported'));
    const created = outcomes.flatMap((o) =>
      o.status === 'imported'
        ? Object.entries(o.counts).filter(([key]) =>
            ['motionsCreated', 'meetings', 'resolutionsCreated', 'lettersCreated', 'consultations'].includes(
              key,
            ),
          )
        : [],
    );
    expect(created).toEqual([]);
    expect(await registerCounts(f)).toEqual(before);
  }, 300_000);

  it('records the consultations the seeds report, with their dates, and links their agreements', async () => {
    const consultations = await f.db
      .selectFrom('consultations')
      .select(['id', 'title', 'date'])
      .orderBy('date')
      .execute();
    expect(consultations.map((c) => [c.title, c.date])).toEqual([
      ['Overhedenoverleg 21 november 2024', '2024-11-21'],
      ['Overhedenoverleg 17 maart 2025', '2025-03-17'],
    ]);
    const agreements = await f.db
      .selectFrom('agreements')
      .select(['text', 'party', 'source_kind', 'consultation_id', 'resolution_id', 'letter_id'])
      .where('consultation_id', 'is not', null)
      .execute();
    const stated = agreements.find((a) => a.resolution_id !== null)!;
    expect(stated).toMatchObject({ source_kind: 'resolution', consultation_id: consultations[0].id });
    expect(stated.text).toMatch(/^Het rijk overeenkomstig artikel 108 lid 3 gemeentewet .*voorjaarsnota/i);
    const reported = agreements.filter((a) => a.letter_id !== null);
    expect(reported.length).toBe(3);
    expect(reported.every((a) => a.consultation_id === consultations[1].id)).toBe(true);
  });
});
