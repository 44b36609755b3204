import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { IDS_PER_QUERY } from '../../src/store/batches.js';
import { bulkInsertMotions } from '../../src/store/bulk.js';
import { listMotionsByIds } from '../../src/store/repositories/motions.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

/**
 * Motions by id, as a round's completeness check reads its missing motions: any number of ids (more than one
 * query's worth), each motion once with its submitters, and never a motion of another organisation.
 */
describe.each(ENGINES)('motions by id on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let ours: string[];
  let theirs: string[];
  let org: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const organisation = (slug: string) =>
      createOrganisation(t.db, {
        name: `Vereniging ${slug}`,
        slug,
        settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
        actor: SYSTEM_ACTOR,
      });
    const [a, b] = [await organisation('eigen'), await organisation('ander')];
    org = a.id;
    const motions = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({
        id: crypto.randomUUID(),
        title: `${prefix} ${i}`,
        status: 'adopted' as const,
        submitters: [{ name: 'Utrecht' }, { name: 'Zwolle' }],
      }));
    const mine = motions(IDS_PER_QUERY + 25, 'Motie');
    const other = motions(3, 'Andere motie');
    await bulkInsertMotions(t.db, { organisationId: a.id, actor: SYSTEM_ACTOR }, mine);
    await bulkInsertMotions(t.db, { organisationId: b.id, actor: SYSTEM_ACTOR }, other);
    ours = mine.map((m) => m.id);
    theirs = other.map((m) => m.id);
  }, 120_000);
  afterAll(async () => t?.cleanup());

  it('reads every motion asked for, over several queries, with its submitters in order', async () => {
    const found = await listMotionsByIds(t.db, org, ours);
    expect(found).toHaveLength(ours.length);
    expect(new Set(found.map((m) => m.id))).toEqual(new Set(ours));
    expect(found.every((m) => m.submitters.map((s) => s.name).join(',') === 'Utrecht,Zwolle')).toBe(true);
  });

  it('leaves out the motions of another organisation and ids that do not exist', async () => {
    const asked = [theirs[0], ours[0], crypto.randomUUID(), theirs[2], ours[1]];
    const found = await listMotionsByIds(t.db, org, asked);
    expect(found.map((m) => m.id).sort()).toEqual([ours[0], ours[1]].sort());
    expect(await listMotionsByIds(t.db, org, [])).toEqual([]);
  });
});
