import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAccountabilityReport, loadReportPreface } from '../../src/report/load-accountability-report.js';
import type { ReportModel } from '../../src/report/model.js';
import {
  checkRoundCompleteness,
  findMissingMotionIds,
  listMotionsInOrder,
} from '../../src/services/accountability/round-completeness.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { bulkInsertMotions } from '../../src/store/bulk.js';
import {
  countRoundEntries,
  getAccountabilityRound,
  listRoundEntries,
} from '../../src/store/repositories/accountability.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { populateRound } from './support/populate-round.js';
import { loadSeedRound } from './support/round-fixture.js';

/** The round workspace's queries (ADR 024) give what the whole report and the completeness check give. */
describe.each(ENGINES)('round workspace queries on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let org: string;
  let roundId: string;
  let model: ReportModel;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const populated = await populateRound(database.db, loadSeedRound());
    org = populated.organisationId;
    roundId = populated.roundId;
    model = await loadAccountabilityReport(database.db, org, { roundId });
  });
  afterAll(async () => database?.cleanup());

  it('counts the whole round in one aggregate, as the report counts it', async () => {
    const counts = await countRoundEntries(database.db, org, roundId);
    expect(counts).toMatchObject({ entries: 23, settle: 13, hold: 9, conditional: 1, open: 0, written: 23 });
    const round = (await getAccountabilityRound(database.db, org, roundId))!;
    const preface = await loadReportPreface(database.db, org, round, model.meeting.date);
    expect(preface).toEqual({ summary: model.summary, proposal: model.proposal, counts: model.counts });
  });

  it('reads a page of entries in report order, and the undecided conditional ones from any page', async () => {
    const all = await listRoundEntries(database.db, org, roundId);
    const page = await listRoundEntries(database.db, org, roundId, { page: { limit: 10, offset: 10 } });
    expect(page.map((e) => e.id)).toEqual(all.slice(10, 20).map((e) => e.id));
    expect(page[0].motion.submitters.length).toBeGreaterThan(0);
    const conditional = await listRoundEntries(database.db, org, roundId, { undecidedConditional: true });
    expect(conditional.map((e) => e.id)).toEqual(
      all.filter((e) => e.proposal === 'conditional' && !e.decision).map((e) => e.id),
    );
    expect(conditional).toHaveLength(1);
  });

  it('finds the same missing motions, in the same order, as the completeness check', async () => {
    const w = { organisationId: org, actor: SYSTEM_ACTOR };
    const earlier = await createMeeting(database.db, w, {
      kind: 'extra-alv',
      title: 'Extra ALV januari 2025',
      date: '2025-01-15',
    });
    await bulkInsertMotions(
      database.db,
      w,
      Array.from({ length: 30 }, (_, i) => ({
        title: `Motie ${i + 1} die in de ronde ontbreekt`,
        status: i % 3 === 0 ? ('held' as const) : ('adopted' as const),
        meetingId: earlier.id,
        submitters: [{ name: 'Utrecht' }],
      })),
    );
    const { missing } = await checkRoundCompleteness({ db: database.db, organisationId: org, roundId });
    const ids = await findMissingMotionIds({ db: database.db, organisationId: org, roundId });
    expect(missing.length).toBeGreaterThanOrEqual(30);
    expect(ids).toEqual(missing.map((motion) => motion.id));
    const listed = await listMotionsInOrder(database.db, org, ids.slice(5, 15));
    expect(listed.map((m) => m.id)).toEqual(ids.slice(5, 15));
    expect(listed.every((m) => m.submitters.length === 1)).toBe(true);
  });
});
