import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/importer/persist/import-file.js';
import type { Db } from '../../src/store/database.js';
import { listAccountabilityRounds } from '../../src/store/repositories/accountability.js';
import { listAgreements } from '../../src/store/repositories/agreements.js';
import {
  findLetterByNumber,
  findLetterByReference,
  listLettersOfDate,
} from '../../src/store/repositories/letters.js';
import { listResolutions } from '../../src/store/repositories/resolutions.js';
import { type ImportFixture, openImportFixture } from '../importer/persist-fixture.js';
import { plansOf } from '../support/query-plans.js';

/**
 * What an import looks up for every document by what the document names (letters of a date, by reference or
 * number; a meeting's resolutions and accountability rounds; a resolution's or letter's agreements) is found
 * through an index, in a register that has no planner statistics yet (SQLite until its next start): without
 * one, SQLite read the whole table, or the organisation's agreements by due date, once per document.
 */
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describe('query plans of the import’s lookups on sqlite', () => {
  let f: ImportFixture;
  let org: string;
  beforeAll(async () => {
    f = await openImportFixture('sqlite');
    org = f.writer.organisationId;
    const seeds = readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ name, bytes: readFileSync(join(SEEDS, name)) }));
    const outcomes = await importFiles(f.db, f.writer, seeds, { documentsDir: f.documentsDir });
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
  }, 120_000);
  afterAll(async () => f?.cleanup());

  /** The plan lines of a table read whole, or through the organisation's index alone. */
  const unindexed = (plans: string[], table: string) =>
    plans
      .flatMap((plan) => plan.split('\n').slice(1))
      .filter(
        (line) =>
          new RegExp(`\\bSCAN ${table}\\b`).test(line) ||
          (new RegExp(`SEARCH ${table} USING`).test(line) && /\(organisation_id=\?\)/.test(line)),
      );

  it('reads letters by date, reference and number through an index', async () => {
    const letter = await f.db.selectFrom('letters').selectAll().executeTakeFirstOrThrow();
    expect(letter.date).not.toBeNull();
    expect((await listLettersOfDate(f.db, org, letter.date as string)).map((l) => l.id)).toContain(letter.id);
    const lookups = async (db: Db) => {
      await listLettersOfDate(db, org, letter.date as string);
      await findLetterByReference(db, org, letter.reference ?? 'U0000');
      await findLetterByNumber(db, org, letter.number ?? 'Lbr. 00/000');
    };
    const plans = await plansOf(f.db, 'sqlite', lookups);
    expect(unindexed(plans, 'letters'), plans.join('\n\n')).toEqual([]);
  });

  it('reads a meeting’s resolutions and rounds and a resolution’s agreements through an index', async () => {
    const resolution = await f.db
      .selectFrom('resolutions')
      .selectAll()
      .where('meeting_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const meetingId = resolution.meeting_id as string;
    const page = { limit: 100, offset: 0 };
    expect((await listResolutions(f.db, org, { meetingId }, page)).items.map((r) => r.id)).toContain(
      resolution.id,
    );
    const lookups = async (db: Db) => {
      await listResolutions(db, org, { meetingId }, page);
      await listAccountabilityRounds(db, org, { meetingId }, page);
      await listAgreements(db, org, { resolutionId: resolution.id }, page);
      await listAgreements(db, org, { letterId: resolution.id }, page);
    };
    const plans = await plansOf(f.db, 'sqlite', lookups);
    for (const table of ['resolutions', 'accountability_rounds', 'agreements'])
      expect(unindexed(plans, table), plans.join('\n\n')).toEqual([]);
  });
});
