import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { bulkInsertMotions } from '../../src/store/bulk.js';
import { newId, nowIso } from '../../src/store/clock.js';
import { readRegisterVersion } from '../../src/store/count-cache.js';
import { type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import {
  addMotionSubmitter,
  createMotion,
  listMotions,
  type MotionFilter,
  recordMotionTransition,
} from '../../src/store/repositories/motions.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

const PAGE = { limit: 2, offset: 0 };

/**
 * List totals are kept per filter until the audit head moves (src/store/count-cache.ts). Every write through the
 * store must show in the next total, on this connection and on another one (a second app process on the same
 * database), and a transaction never reads or fills the kept totals.
 */
describe.each(ENGINES)('list totals kept until the register changes, on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let other: OpenDatabase;
  let ctx: WriteContext;
  let gouda: string;
  const total = async (db: OpenDatabase['db'], filter: MotionFilter) =>
    (await listMotions(db, ctx.organisationId, filter, PAGE)).total;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    other = await openDatabase(t.url);
    const org = await createOrganisation(t.db, {
      name: 'Testvereniging',
      slug: 'test',
      settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
      actor: SYSTEM_ACTOR,
    });
    ctx = { organisationId: org.id, actor: SYSTEM_ACTOR };
    await upsertMembers(t.db, ctx, [{ code: 'GM0513', name: 'Gouda', inhabitants: 75000 }]);
    gouda = (
      await t.db.selectFrom('members').select('id').where('code', '=', 'GM0513').executeTakeFirstOrThrow()
    ).id;
    for (let i = 0; i < 3; i++)
      await createMotion(t.db, ctx, {
        title: `Jeugdzorg ${i}`,
        status: 'held',
        submitters: [{ name: 'Ede' }],
      });
  });
  afterAll(async () => {
    await other?.close();
    await t?.cleanup();
  });

  it('counts every write through the store in the next total', async () => {
    const held = { status: ['held' as const] };
    expect(await total(t.db, held)).toBe(3);
    expect(await total(t.db, held)).toBe(3); // now kept

    const created = await createMotion(t.db, ctx, {
      title: 'Netcongestie',
      status: 'held',
      submitters: [{ name: 'Ede' }],
    });
    expect(await total(t.db, held)).toBe(4);

    await recordMotionTransition(t.db, ctx, { motionId: created.id, from: 'held', to: 'settled' });
    expect(await total(t.db, held)).toBe(3);
    expect(await total(t.db, { status: ['settled'] })).toBe(1);

    const byGouda = { memberId: gouda };
    expect(await total(t.db, byGouda)).toBe(0);
    await addMotionSubmitter(t.db, ctx, created.id, { memberId: gouda, name: 'Gouda' });
    expect(await total(t.db, byGouda)).toBe(1);

    await bulkInsertMotions(t.db, ctx, [
      { title: 'Woningbouw 1', status: 'held', submitters: [{ memberId: gouda, name: 'Gouda' }] },
      { title: 'Woningbouw 2', status: 'held', submitters: [] },
    ]);
    expect(await total(t.db, held)).toBe(5);
    expect(await total(t.db, byGouda)).toBe(2);
    // A deeper page of the same filter has the same total.
    expect((await listMotions(t.db, ctx.organisationId, held, { limit: 2, offset: 4 })).total).toBe(5);
  });

  it('shows a write made on another connection (a second app process) in the totals of this one', async () => {
    const filter = { status: ['adopted' as const] };
    expect(await total(t.db, filter)).toBe(0);
    expect(await total(other.db, filter)).toBe(0);
    await createMotion(other.db, ctx, { title: 'Omgevingswet', status: 'adopted', submitters: [] });
    expect(await total(t.db, filter)).toBe(1);
    await createMotion(t.db, ctx, { title: 'Asielopvang', status: 'adopted', submitters: [] });
    expect(await total(other.db, filter)).toBe(2);
    expect(await total(t.db, filter)).toBe(2);
  });

  it('neither reads nor keeps totals inside a transaction, so a rolled-back write leaves no trace', async () => {
    const filter = { status: ['rejected' as const] };
    expect(await total(t.db, filter)).toBe(0);
    await expect(
      inTransaction(t.db, async (trx) => {
        await createMotion(trx, ctx, { title: 'Klimaatadaptatie', status: 'rejected', submitters: [] });
        expect(await total(trx, filter)).toBe(1);
        throw new Error('teruggedraaid');
      }),
    ).rejects.toThrow('teruggedraaid');
    expect(await total(t.db, filter)).toBe(0);
    await createMotion(t.db, ctx, { title: 'Klimaatadaptatie', status: 'rejected', submitters: [] });
    expect(await total(t.db, filter)).toBe(1);
  });

  const head = async () =>
    Number(
      (
        await other.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .executeTakeFirstOrThrow()
      ).seq,
    );

  it('answers every caller of the register version with the version after the writes it has seen, while others read at the same time', async () => {
    for (let i = 0; i < 20; i++) {
      // Reads that started before the write (some still running when it commits) …
      const earlier = Array.from({ length: 4 }, () => readRegisterVersion(t.db));
      await createMotion(t.db, ctx, { title: `Netbeheer ${i}`, status: 'draft', submitters: [] });
      const written = await head();
      // … never answer a caller that asked after the write was acknowledged, however many ask together.
      const later = await Promise.all(Array.from({ length: 6 }, () => readRegisterVersion(t.db)));
      expect(later).toEqual(Array(6).fill(written));
      for (const version of await Promise.all(earlier)) expect(version).toBeLessThanOrEqual(written);
      // Unchanged register: the same version, however often asked (on PostgreSQL from memory).
      expect(await readRegisterVersion(t.db)).toBe(written);
    }
    // Inside a transaction the version is read in it, not the kept one; its own events join the chain at its
    // end (docs/adr/039), so a rolled-back write never moved it and a committed one moves it at the commit.
    const outside = await head();
    await expect(
      inTransaction(t.db, async (trx) => {
        await createMotion(trx, ctx, { title: 'Teruggedraaid', status: 'draft', submitters: [] });
        expect(await readRegisterVersion(trx)).toBe(outside);
        throw new Error('teruggedraaid');
      }),
    ).rejects.toThrow('teruggedraaid');
    expect(await readRegisterVersion(t.db)).toBe(outside);
    await inTransaction(t.db, (trx) =>
      createMotion(trx, ctx, { title: 'Vastgelegd', status: 'draft', submitters: [] }),
    );
    expect(await readRegisterVersion(t.db)).toBe(outside + 1);
  });

  it('moves the register version of this connection when another one (a second app process) writes', async () => {
    const settle = async (expected: number) => {
      // PostgreSQL: the other process's write arrives as a notification (ADR 026), so wait for it a little.
      for (let tries = 0; tries < 100 && (await readRegisterVersion(t.db)) !== expected; tries++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      return readRegisterVersion(t.db);
    };
    for (let i = 0; i < 5; i++) {
      const before = await readRegisterVersion(t.db);
      expect(await readRegisterVersion(t.db)).toBe(before); // kept (PostgreSQL) or read again (SQLite)
      await createMotion(other.db, ctx, { title: `Elders ${i}`, status: 'draft', submitters: [] });
      const written = await head();
      expect(written).toBeGreaterThan(before ?? 0);
      expect(await settle(written)).toBe(written);
    }
    // A statement past the store that appends to the audit trail is told all the same (the trigger sees it).
    const last = await head();
    const copy = await other.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '=', last)
      .executeTakeFirstOrThrow();
    await other.db
      .insertInto('audit_events')
      .values({ ...copy, id: newId(), seq: last + 1 })
      .execute();
    expect(await settle(last + 1)).toBe(last + 1);
    await other.db
      .deleteFrom('audit_events')
      .where('seq', '=', last + 1)
      .execute();
  });

  it('keeps a total until the audit head moves: a row written past the store shows after the next audited write', async () => {
    const held = { status: ['held' as const] };
    const before = await total(t.db, held);
    const at = nowIso();
    await t.db
      .insertInto('motions')
      .values({
        id: newId(),
        organisation_id: ctx.organisationId,
        number: null,
        title: 'Buiten het register om',
        topic: null,
        call: null,
        body: null,
        status: 'held',
        and_others: 0,
        meeting_id: null,
        agenda_item_id: null,
        submitted_at: null,
        decided_at: null,
        vote_result: null,
        vote_percentage: null,
        by_acclamation: 0,
        published: 1,
        explanation: null,
        introduction: null,
        closing: null,
        signatories: null,
        source_meeting: null,
        portfolio_holder: null,
        due_date: null,
        settled_on: null,
        progress: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    // No audit event: the kept total stands (which is why every write through the store appends one).
    expect(await total(t.db, held)).toBe(before);
    await createMotion(t.db, ctx, { title: 'Gemeentefinanciën', status: 'draft', submitters: [] });
    expect(await total(t.db, held)).toBe(before + 1);
  });
});
