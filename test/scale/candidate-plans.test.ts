import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { type BulkMotion, bulkInsertMotions } from '../../src/store/bulk.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { listMotionCandidates } from '../../src/store/repositories/motion-candidates.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { plansOf } from '../support/query-plans.js';

/**
 * The importer compares every motion of a document with the register's motions of its meeting and of its
 * submitting members (listMotionCandidates). Those must be found through the meeting's index or by primary key:
 * in a fresh register (no planner statistics yet, as after an archive import) SQLite chose the organisation's
 * index of motions by creation to save the sort, reading every motion of the register for each lookup. The plans
 * are checked on SQLite; on PostgreSQL the results.
 */
const MOTIONS = 3_000;

describe.each(ENGINES)('query plans of the importer’s motion candidates on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let organisationId: string;
  const members: Record<string, string> = {};
  let meetingId: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const org = await createOrganisation(t.db, {
      name: 'Kandidatenvereniging',
      slug: 'kandidaten',
      settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
      actor: SYSTEM_ACTOR,
    });
    organisationId = org.id;
    const ctx = { organisationId, actor: SYSTEM_ACTOR };
    await upsertMembers(t.db, ctx, [
      { code: 'GM0513', name: 'Gouda', inhabitants: 75000 },
      { code: 'GM0363', name: 'Amsterdam', inhabitants: 918000 },
    ]);
    for (const row of await t.db.selectFrom('members').select(['id', 'code']).execute())
      members[row.code] = row.id;
    meetingId = (await createMeeting(t.db, ctx, { kind: 'alv', title: 'ALV 2024', date: '2024-06-05' })).id;
    const motions: BulkMotion[] = Array.from({ length: MOTIONS }, (_, i) => ({
      title: `Motie ${i}`,
      status: 'adopted',
      // Every 100th motion is Gouda's, every 150th of the meeting.
      meetingId: i % 150 === 0 ? meetingId : null,
      createdAt: new Date(Date.UTC(2016, 0, 1) + i * 3_600_000).toISOString(),
      submitters: [
        i % 100 === 0 ? { memberId: members.GM0513, name: 'Gouda' } : { name: `Gemeente ${i % 300}` },
      ],
    }));
    await bulkInsertMotions(t.db, ctx, motions);
    // PostgreSQL's autovacuum gathers statistics after a bulk write like this one; SQLite gathers none until the
    // next start (`pragma optimize`): its plans are checked as an import into a fresh register finds them.
    if (engine === 'postgres') await sql`analyze`.execute(t.db);
  }, 120_000);

  afterAll(async () => {
    await t?.cleanup();
  });

  const motionLines = (plan: string) =>
    plan
      .split('\n')
      .slice(1)
      .filter((line) => /\bmotions\b/.test(line) && !/motion_submitters/.test(line));

  /** On SQLite: the motions are read through an index of the lookup or by key, never by creation or whole. */
  const expectKeyedLookups = (plans: string[]) => {
    // PostgreSQL (with statistics) chooses by cost: a small table is read whole, a large one by its keys.
    if (engine !== 'sqlite') return;
    const lines = plans.flatMap(motionLines);
    expect(lines.length, plans.join('\n\n')).toBeGreaterThan(0);
    for (const line of lines)
      expect(line, plans.join('\n\n')).not.toMatch(/motions_org_created|Seq Scan|\bSCAN motions\b/);
  };

  it('finds a member’s motions by primary key, newest first, with their submitters', async () => {
    const found = await listMotionCandidates(t.db, organisationId, { memberId: members.GM0513 });
    expect(found).toHaveLength(MOTIONS / 100);
    expect(found[0].title).toBe(`Motie ${MOTIONS - 100}`);
    expect(found[0].submitters).toEqual([{ position: 1, memberId: members.GM0513, name: 'Gouda' }]);
    const plans = await plansOf(t.db, engine, (db) =>
      listMotionCandidates(db, organisationId, { memberId: members.GM0513 }),
    );
    expectKeyedLookups(plans);
  });

  it('finds a meeting’s motions through the meeting’s index', async () => {
    const found = await listMotionCandidates(t.db, organisationId, { meetingId });
    expect(found.map((m) => m.title)).toEqual(
      Array.from({ length: MOTIONS / 150 }, (_, k) => `Motie ${MOTIONS - 150 - k * 150}`),
    );
    const plans = await plansOf(t.db, engine, (db) =>
      listMotionCandidates(db, organisationId, { meetingId }),
    );
    expectKeyedLookups(plans);
  });

  it('gives none of another organisation’s motions', async () => {
    expect(await listMotionCandidates(t.db, 'another-organisation', { meetingId })).toEqual([]);
    expect(await listMotionCandidates(t.db, 'another-organisation', { memberId: members.GM0513 })).toEqual(
      [],
    );
  });
});
