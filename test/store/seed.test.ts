import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/seed/demo/seed-demo.js';
import { readMunicipalities, seedMunicipalities, splitCsvLine } from '../../src/seed/municipalities.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { SYSTEM_ACTOR, verifyAuditChain, verifyRecordStates } from '../../src/store/audit.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

type Snapshot = string[];
const snapshots = new Map<string, Snapshot>();

describe('municipality reference data', () => {
  it('reads 342 municipalities with unique codes, including quoted names', () => {
    const all = readMunicipalities();
    expect(all).toHaveLength(342);
    expect(new Set(all.map((m) => m.code)).size).toBe(342);
    expect(all.find((m) => m.code === 'GM0820')?.name).toBe('Nuenen, Gerwen en Nederwetten');
    expect(splitCsvLine('a,"b ""c"", d",e')).toEqual(['a', 'b "c", d', 'e']);
  });
});

describe.each(ENGINES)('seed and demo data on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(async () => t?.cleanup());

  it('loads the municipalities idempotently and generates demo data once', { timeout: 300_000 }, async () => {
    const org = await ensureOrganisation(t.db);
    expect(org.name).toBe('Vereniging van Nederlandse Gemeenten');
    const ctx = { organisationId: org.id, actor: SYSTEM_ACTOR };
    expect(await seedMunicipalities(t.db, ctx)).toEqual({ inserted: 342, updated: 0, total: 342 });
    expect(await seedMunicipalities(t.db, ctx)).toEqual({ inserted: 0, updated: 0, total: 342 });

    const first = await seedDemo(t.db, org);
    expect(first.seeded).toBe(true);
    const before = await t.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(await seedDemo(t.db, org)).toEqual({ seeded: false, motions: 0 });
    const after = await t.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    const statuses = await t.db.selectFrom('motions').select('status').distinct().execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(
      ['adopted', 'draft', 'held', 'postponed', 'rejected', 'settled', 'submitted', 'withdrawn'].sort(),
    );
    const settledWithHistory = await t.db
      .selectFrom('motions as m')
      .innerJoin('accountability_entries as e', 'e.motion_id', 'm.id')
      .select('m.id')
      .where('m.status', '=', 'settled')
      .groupBy('m.id')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(settledWithHistory.length).toBeGreaterThan(0);
    const overdue = await t.db
      .selectFrom('agreements')
      .select('id')
      .where('status', '=', 'open')
      .where('due_date', '<', '2026-11-01')
      .execute();
    expect(overdue.length).toBeGreaterThan(0);
    const respondents = await t.db
      .selectFrom('poll_responses as r')
      .innerJoin('polls as p', 'p.id', 'r.poll_id')
      .select((eb) => eb.fn.count('r.member_id').distinct().as('n'))
      .where('p.status', '=', 'closed')
      .executeTakeFirstOrThrow();
    expect(Number(respondents.n)).toBeGreaterThanOrEqual(150);
    expect(Number(respondents.n)).toBeLessThanOrEqual(170);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    // Every record of the demo matches the state its last event recorded (no write without its event).
    expect(await verifyRecordStates(t.db)).toMatchObject({ ok: true });

    const rows = await t.db
      .selectFrom('motions')
      .select(['number', 'title', 'status', 'vote_result'])
      .orderBy('number')
      .execute();
    snapshots.set(
      engine,
      rows.map((r) => `${r.number}|${r.title}|${r.status}|${r.vote_result}`),
    );
  });
});

describe('demo data determinism', () => {
  it('is the same on both engines (same seed, same records)', () => {
    const [a, b] = ENGINES.map((e) => snapshots.get(e));
    expect(a?.length).toBeGreaterThan(50);
    expect(b).toEqual(a);
  });
});
