import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/auth/roles.js';
import { MOTION_STATUSES } from '../../src/domain/motion-lifecycle.js';
import { reindexAll, searchAll } from '../../src/search/index.js';
import { findMotions } from '../../src/services/motions/find-motions.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { type BulkMotion, bulkInsertMotions } from '../../src/store/bulk.js';
import { listMotionsByIds } from '../../src/store/repositories/motions.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { fullScans, plansOf } from '../support/query-plans.js';

/**
 * The query plans the lists rely on (issue 15, ADR 010), at a row count where a scan would be noticed: the
 * motion list filtered by status, newest first, one page; the same list with a search term; and full-text search.
 * Every query these calls run is explained; none may read the motions or the search index table in full.
 */
const MOTIONS = 12_000;
const SUBJECTS = [
  'jeugdzorg',
  'woningbouw',
  'netcongestie',
  'omgevingswet',
  'asielopvang',
  'klimaatadaptatie',
];

/** The plan lines of the postings' stream (PostgreSQL's CTE `s`, docs/adr/032), '' when the plan has none. */
function postingsStreamPlan(plan: string): string {
  const lines = plan.split('\n');
  const start = lines.findIndex((line) => /^\s*CTE s$/.test(line));
  if (start < 0) return '';
  const depth = (line: string) => line.length - line.trimStart().length;
  const end = lines.findIndex((line, i) => i > start && depth(line) <= depth(lines[start]));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe.each(ENGINES)('query plans of the main lists on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let organisationId: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const org = await createOrganisation(t.db, {
      name: 'Planvereniging',
      slug: 'plannen',
      settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
      actor: SYSTEM_ACTOR,
    });
    organisationId = org.id;
    const start = Date.parse('2016-01-01T00:00:00Z');
    const motions: BulkMotion[] = Array.from({ length: MOTIONS }, (_, i) => {
      const subject = SUBJECTS[i % SUBJECTS.length];
      const rare = i % 997 === 0 ? ' schuldhulpverlening' : '';
      return {
        number: `M${i}`,
        title: `Motie ${subject} ${i}`,
        topic: subject,
        call: `verzoekt het bestuur ${subject} te versnellen${rare}`,
        status: MOTION_STATUSES[(i * 7) % MOTION_STATUSES.length],
        createdAt: new Date(start + i * 3_600_000).toISOString(),
        submitters: [{ name: `Gemeente ${i % 300}` }],
      };
    });
    await bulkInsertMotions(t.db, { organisationId, actor: SYSTEM_ACTOR }, motions);
    await reindexAll(t.db, organisationId);
    // reindexAll refreshes the search index's statistics (and merges PostgreSQL's GIN pending list) itself.
    await t.db.executeQuery(CompiledQuery.raw('analyze motions'));
  }, 240_000);

  afterAll(async () => {
    await t?.cleanup();
  });

  const read = () => ({ db: t.db, organisationId, reader: ANONYMOUS });

  it('serves the motion list by status, newest first, from an index', async () => {
    const plans = await plansOf(t.db, engine, (db) =>
      findMotions({ ...read(), db, query: { status: ['held'] }, page: { limit: 50, offset: 0 } }),
    );
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(fullScans(plan, ['motions', 'motion_submitters']), plan).toEqual([]);
    const page = await findMotions({
      ...read(),
      query: { status: ['held'] },
      page: { limit: 50, offset: 0 },
    });
    expect(page.items).toHaveLength(50);
    expect(page.total).toBe(MOTIONS / MOTION_STATUSES.length);
  });

  it('reads hundreds of motions by id through the primary key, not through every motion of the organisation', async () => {
    // A round's completeness check reads its missing motions so: with the organisation in the query SQLite's
    // planner took the organisation's index for 500 ids and read the whole register for every list. (PostgreSQL
    // rightly reads 12,000 rows in one pass for 500 of them; it takes the primary key for a few dozen.)
    const count = engine === 'sqlite' ? 500 : 50;
    const ids = (
      await t.db.selectFrom('motions').select('id').orderBy('created_at').limit(count).execute()
    ).map((row) => row.id);
    const plans = await plansOf(t.db, engine, (db) => listMotionsByIds(db, organisationId, ids));
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    expect(fullScans(plan, ['motions', 'motion_submitters']), plan).toEqual([]);
    if (engine === 'sqlite')
      expect(plan, plan).toMatch(/SEARCH motions USING INDEX sqlite_autoindex_motions_1 \(id=\?\)/);
    else expect(plan, plan).toMatch(/motions_pkey/);
    expect(await listMotionsByIds(t.db, organisationId, ids)).toHaveLength(count);
  });

  it('serves the motion list with a search term from the text index', async () => {
    for (const q of ['jeugdzorg', 'schuldhulpverlening', 'omgevingswet']) {
      const plans = await plansOf(t.db, engine, (db) =>
        findMotions({ ...read(), db, query: { q }, page: { limit: 50, offset: 0 } }),
      );
      expect(plans.length).toBeGreaterThanOrEqual(2);
      for (const plan of plans) {
        // The bounded count of a word in a sixth of 12,000 motions reads 1,001 of them: PostgreSQL rightly hashes
        // the small table then (at 1,000,000 motions it probes the primary key; bench/scale.bench.ts prints that
        // plan). The page, and a rare word's count, come from the indexes on both engines.
        const countOfCommonWord = engine === 'postgres' && q === 'jeugdzorg' && !/order by/i.test(plan);
        const tables = countOfCommonWord
          ? ['search_documents']
          : ['motions', 'motion_submitters', 'search_documents'];
        expect(fullScans(plan, tables), plan).toEqual([]);
        // A word of several tokens (`omgevingswet`): its postings grouped as they stream by, never all hashed.
        expect(postingsStreamPlan(plan), plan).not.toMatch(/HashAggregate/);
      }
    }
  });

  it('serves full-text search from the text index, for a common and a rare word', async () => {
    // `omgevingswet` stands for two tokens (the word and its reading as a participle), so on PostgreSQL a
    // record's postings are grouped: as they stream by, newest first, never all hashed first.
    for (const q of ['jeugdzorg', 'schuldhulpverlening', 'omgevingswet', 'omgevingswet versnellen']) {
      const plans = await plansOf(t.db, engine, (db) =>
        searchAll(db, organisationId, { q, limit: 20, offset: 0 }),
      );
      expect(plans.length).toBeGreaterThan(0);
      for (const plan of plans) {
        expect(fullScans(plan, ['search_documents', 'search_postings', 'motions']), plan).toEqual([]);
        expect(plan, plan).not.toMatch(/HashAggregate|Hash Join|Gather/);
      }
      if (engine === 'postgres' && q.startsWith('omgevingswet'))
        expect(plans.some((plan) => /GroupAggregate[\s\S]*Merge Append/.test(plan))).toBe(true);
    }
    const rare = await searchAll(t.db, organisationId, { q: 'schuldhulpverlening', limit: 20, offset: 0 });
    expect(rare.total).toBe(Math.ceil(MOTIONS / 997));
  });
});
