import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';
import { importFile } from '../../src/importer/persist/import-file.js';
import { countMotions } from '../../src/report/build-report-model.js';
import { loadAccountabilityReport } from '../../src/report/load-accountability-report.js';
import type { ReportModel } from '../../src/report/model.js';
import { renderReportDocx } from '../../src/report/render-docx.js';
import { renderReportPdf } from '../../src/report/render-pdf.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { openTestDatabase } from '../support/engines.js';
import { expectedMotions } from './support/render-round.js';

const SEED = fileURLToPath(new URL('../../../shared/seeds/003_8a98aaec6ab95035.txt', import.meta.url));

/** The real path: the seed document imported by the importer, its round reported, the report imported again. */
describe('the round imported from seed 003', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let model: ReportModel;

  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    const organisation = await createOrganisation(database.db, {
      name: 'Vereniging van Nederlandse Gemeenten',
      slug: 'vng',
      settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
      actor: SYSTEM_ACTOR,
    });
    const outcome = await importFile(
      database.db,
      { organisationId: organisation.id, actor: SYSTEM_ACTOR },
      SEED,
      { documentsDir: null },
    );
    expect(outcome.status).toBe('imported');
    model = await loadAccountabilityReport(database.db, organisation.id, { meetingDate: '2025-06-18' });
  }, 120_000);
  afterAll(async () => database?.cleanup());

  it('is the round of the ALV of 18 juni 2025 with 23 motions: 9 hold, 13 settle, 1 conditional', () => {
    expect(model.meeting).toEqual({ kind: 'alv', date: '2025-06-18' });
    expect(countMotions(model)).toBe(23);
    const proposals = expectedMotions(model).map((m) => m.proposal);
    expect(proposals.filter((p) => p === 'hold')).toHaveLength(9);
    expect(proposals.filter((p) => p === 'settle')).toHaveLength(13);
    expect(proposals.filter((p) => p === 'conditional')).toHaveLength(1);
  });

  it.each([
    ['docx', renderReportDocx],
    ['pdf', renderReportPdf],
  ] as const)(
    'comes back from its %s with the same motions, submitters, meetings and proposals',
    async (format, render) => {
      const analysis = await analyseFile({ name: `verantwoording.${format}`, bytes: await render(model) });
      expect(analysis.kind).toBe('accountability-report');
      expect(analysis.meeting).toEqual(model.meeting);
      const found = analysis.motions.map((m) => ({
        title: m.title,
        submitters: m.submitters,
        andOthers: m.andOthers,
        topic: m.topic,
        adoptedAt: m.adoptedAt,
        proposal: m.proposal,
      }));
      expect(found).toEqual(expectedMotions(model));
    },
  );
});
