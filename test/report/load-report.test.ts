import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countMotions } from '../../src/report/build-report-model.js';
import {
  loadAccountabilityReport,
  ReportNotFoundError,
} from '../../src/report/load-accountability-report.js';
import type { ReportModel } from '../../src/report/model.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { populateRound } from './support/populate-round.js';
import { allMotions, loadSeedRound } from './support/round-fixture.js';

describe.each(ENGINES)('loadAccountabilityReport on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let model: ReportModel;
  let organisationId: string;
  const seed = loadSeedRound();

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const populated = await populateRound(database.db, seed);
    organisationId = populated.organisationId;
    model = await loadAccountabilityReport(database.db, organisationId, { meetingDate: '2025-06-18' });
  });
  afterAll(async () => database?.cleanup());

  it('finds the round of the meeting and its header', () => {
    expect(model.title).toBe('Verantwoording over uitvoering moties ALV-en');
    expect(model.agendaItemNumber).toBe('11');
    expect(model.meeting).toEqual({ kind: 'alv', date: '2025-06-18' });
    expect(model.lastAssembly).toEqual({ kind: 'najaars-alv', date: '2024-11-29' });
    expect(model.letter).toMatchObject({ subject: 'Uitnodiging ALV 18 juni 2025', date: '2025-05-21' });
    expect(model.cover).toMatchObject({
      organisation: expect.any(String),
      agendaItem: { number: '11' },
      letter: { subject: 'Uitnodiging ALV 18 juni 2025', date: '2025-05-21' },
      reportDate: '2025-05-21',
    });
    expect(model.counts).toEqual({ motions: 23, settle: 13, hold: 9, conditional: 1, open: 0 });
  });

  it('groups in the bureau’s grammar by adopting meeting: 23 motions, 9 hold, 13 settle, 1 conditional', () => {
    expect(model.groups.map((g) => [g.label, g.section, g.motions.length])).toEqual([
      ['Aangehouden motie ALV 29 juni 2022', 'held-over', 1],
      ['Aangehouden motie ALV 14 juni 2023', 'held-over', 1],
      ['Aangehouden moties Najaars ALV 1 december 2023', 'held-over', 2],
      ['Aangehouden motie Extra ALV 24 mei 2024', 'held-over', 1],
      ['Aangehouden moties ALV 26 juni 2024', 'held-over', 11],
      ['Aangenomen moties Najaars ALV 29 november 2024', 'adopted', 7],
    ]);
    expect(countMotions(model)).toBe(23);
    const proposals = model.groups.flatMap((g) => g.motions.map((m) => m.proposal));
    expect(proposals.filter((p) => p === 'hold')).toHaveLength(9);
    expect(proposals.filter((p) => p === 'settle')).toHaveLength(13);
    expect(proposals.filter((p) => p === 'conditional')).toHaveLength(1);
    expect(model.groups[4].meeting).toEqual({ kind: 'alv', date: '2024-06-26' });
  });

  it('carries every motion with its submitters, meeting, call and accountability', () => {
    const motions = model.groups.flatMap((g) => g.motions);
    const expected = allMotions(seed);
    const key = (m: { title: string; submitters: string[]; andOthers: boolean }) =>
      JSON.stringify([m.title, m.submitters, m.andOthers]);
    expect(motions.map(key).sort()).toEqual(expected.map(key).sort());
    const brummen = motions.find((m) => m.submitters[0] === 'Brummen')!;
    expect(brummen.andOthers).toBe(true);
    expect(brummen.adoptedAt).toEqual({ kind: 'najaars-alv', date: '2023-12-01' });
    expect(motions.every((m) => m.call && m.accountability)).toBe(true);
  });

  it('groups the same way when the entries carry no labels (one grammar, whatever the source)', async () => {
    await database.db.updateTable('accountability_entries').set({ group_label: null }).execute();
    const plain = await loadAccountabilityReport(database.db, organisationId, { roundId: model.roundId });
    expect(plain.groups.map((g) => [g.label, g.motions.length])).toEqual([
      ['Aangehouden motie ALV 29 juni 2022', 1],
      ['Aangehouden motie ALV 14 juni 2023', 1],
      ['Aangehouden moties Najaars ALV 1 december 2023', 2],
      ['Aangehouden motie Extra ALV 24 mei 2024', 1],
      ['Aangehouden moties ALV 26 juni 2024', 11],
      ['Aangenomen moties Najaars ALV 29 november 2024', 7],
    ]);
  });

  it('refuses an unknown meeting date with a clear Dutch message', async () => {
    await expect(
      loadAccountabilityReport(database.db, organisationId, { meetingDate: '2030-01-01' }),
    ).rejects.toThrow(ReportNotFoundError);
    await expect(
      loadAccountabilityReport(database.db, organisationId, { meetingDate: '18-06-2025' }),
    ).rejects.toThrow(/geen datum/);
  });
});
