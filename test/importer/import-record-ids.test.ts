import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../bench/import-corpus.js';
import { importFiles } from '../../src/importer/persist/import-file.js';
import { newId, withTimeOrderedIds } from '../../src/store/clock.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { ENGINES } from '../support/engines.js';
import { type ImportFixture, openImportFixture } from './persist-fixture.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record ids', () => {
  it('are random outside a bulk write, time-ordered inside one, and random again after it', async () => {
    expect(newId()).toMatch(V4);
    const before = Date.now();
    const inside = await withTimeOrderedIds(async () => {
      const ids = [newId()];
      await new Promise((resolve) => setTimeout(resolve, 5));
      ids.push(newId(), newId());
      return ids;
    });
    for (const id of inside) expect(id).toMatch(V7);
    // The first 48 bits are the milliseconds it was made in: ids of later milliseconds sort after.
    const ms = Number.parseInt(inside[0].replace('-', '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now());
    expect(inside[1] > inside[0]).toBe(true);
    expect(newId()).toMatch(V4);
    // A write that fails ends the bulk write all the same.
    await expect(withTimeOrderedIds(async () => Promise.reject(new Error('mis')))).rejects.toThrow('mis');
    expect(newId()).toMatch(V4);
  });
});

describe.each(ENGINES)('an import’s record ids on %s', (engine) => {
  let f: ImportFixture;
  beforeAll(async () => {
    f = await openImportFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('gives the records an import writes time-ordered ids, and those written after it random ones', async () => {
    const outcomes = await importFiles(f.db, f.writer, makeCorpus(3, 41), { documentsDir: f.documentsDir });
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    const motions = await f.db.selectFrom('motions').select('id').execute();
    const events = await f.db.selectFrom('audit_events').select(['id', 'action']).execute();
    const documents = await f.db.selectFrom('documents').select('id').execute();
    expect(motions.length).toBeGreaterThan(0);
    for (const { id } of [...motions, ...documents]) expect(id).toMatch(V7);
    for (const { id } of events.filter((e) => e.action.startsWith('motion.'))) expect(id).toMatch(V7);
    const later = await createMeeting(f.db, f.writer, {
      kind: 'alv',
      title: 'ALV na de import',
      date: '2026-06-12',
      status: 'planned',
    });
    expect(later.id).toMatch(V4);
  }, 60_000);
});
