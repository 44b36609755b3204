import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SYSTEM_ACTOR,
  verifyAuditChain,
  verifyRecordStates,
  type WriteContext,
  withDeferredAudit,
} from '../../src/store/audit.js';
import { ConflictError } from '../../src/store/errors.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import {
  createMotion,
  createMotionThrough,
  getMotion,
  listMotions,
  recordMotionTransition,
  recordMotionTransitions,
  updateMotion,
} from '../../src/store/repositories/motions.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

describe.each(ENGINES)('motions repository on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let ctx: WriteContext;
  let gouda: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const org = await createOrganisation(t.db, {
      name: 'Testvereniging',
      slug: 'test',
      settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
      actor: SYSTEM_ACTOR,
    });
    ctx = { organisationId: org.id, actor: SYSTEM_ACTOR };
    await upsertMembers(t.db, ctx, [
      { code: 'GM0513', name: 'Gouda', inhabitants: 75000 },
      { code: 'GM1931', name: 'Krimpenerwaard', inhabitants: 58000 },
    ]);
    gouda = (
      await t.db.selectFrom('members').select('id').where('code', '=', 'GM0513').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => t?.cleanup());

  it('stores a motion with ordered submitters and reads it back', async () => {
    const m = await createMotion(t.db, ctx, {
      title: 'Nieuwkomersonderwijs',
      topic: 'Onderwijs',
      submitters: [{ memberId: gouda, name: 'Gouda' }, { name: 'Krimpenerwaard' }],
    });
    const read = await getMotion(t.db, ctx.organisationId, m.id);
    expect(read?.title).toBe('Nieuwkomersonderwijs');
    expect(read?.submitters.map((s) => s.name)).toEqual(['Gouda', 'Krimpenerwaard']);
    expect(read?.andOthers).toBe(false);
    expect(read?.status).toBe('draft');
  });

  it('filters by status, member and text, and counts the total', async () => {
    for (let i = 0; i < 5; i++) {
      await createMotion(t.db, ctx, {
        title: `Jeugdzorg ${i}`,
        status: i % 2 ? 'held' : 'adopted',
        submitters: [{ memberId: gouda, name: 'Gouda' }],
      });
    }
    const held = await listMotions(t.db, ctx.organisationId, { status: ['held'] }, { limit: 10, offset: 0 });
    expect(held.total).toBe(2);
    expect(held.items.every((m) => m.status === 'held')).toBe(true);
    const byMember = await listMotions(
      t.db,
      ctx.organisationId,
      { memberId: gouda },
      { limit: 2, offset: 0 },
      'title',
    );
    expect(byMember.total).toBe(6);
    expect(byMember.items).toHaveLength(2);
    expect(byMember.items[0].title).toBe('Jeugdzorg 0');
    const text = await listMotions(t.db, ctx.organisationId, { q: 'JEUGDZORG 3' }, { limit: 10, offset: 0 });
    expect(text.items.map((m) => m.title)).toEqual(['Jeugdzorg 3']);
  });

  it('treats % and _ in the text filter as plain characters', async () => {
    await createMotion(t.db, ctx, { title: 'Korting 50% op leges', submitters: [{ name: 'Gouda' }] });
    await createMotion(t.db, ctx, { title: 'Korting 500 op leges', submitters: [{ name: 'Gouda' }] });
    await createMotion(t.db, ctx, { title: 'Korting_x', submitters: [{ name: 'Gouda' }] });
    const percent = await listMotions(t.db, ctx.organisationId, { q: '50%' }, { limit: 10, offset: 0 });
    expect(percent.items.map((m) => m.title)).toEqual(['Korting 50% op leges']);
    const underscore = await listMotions(
      t.db,
      ctx.organisationId,
      { q: 'korting_' },
      { limit: 10, offset: 0 },
    );
    expect(underscore.items.map((m) => m.title)).toEqual(['Korting_x']);
  });

  it('records transitions with an audit event and refuses a stale one', async () => {
    const m = await createMotion(t.db, ctx, {
      title: 'Warmtegemeenschappen',
      submitters: [{ name: 'West-Betuwe' }],
    });
    await recordMotionTransition(t.db, ctx, { motionId: m.id, from: 'draft', to: 'submitted' });
    await expect(
      recordMotionTransition(t.db, ctx, { motionId: m.id, from: 'draft', to: 'withdrawn' }),
    ).rejects.toThrow(/gewijzigd/);
    const read = await getMotion(t.db, ctx.organisationId, m.id);
    expect(read?.status).toBe('submitted');
    expect(read?.submittedAt).not.toBeNull();
    await updateMotion(t.db, ctx, m.id, { topic: 'Energie' });
    const events = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', m.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['motion.created', 'motion.transitioned', 'motion.updated']);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('refuses a transition that lost a race with a ConflictError and changes nothing', async () => {
    const m = await createMotion(t.db, ctx, {
      title: 'Race om de stemuitslag',
      status: 'submitted',
      submitters: [{ name: 'Gouda' }],
    });
    // Two requests read 'submitted'; the first records the vote, the second arrives with the stale 'from'.
    await recordMotionTransition(t.db, ctx, { motionId: m.id, from: 'submitted', to: 'adopted' });
    const lost = recordMotionTransition(t.db, ctx, { motionId: m.id, from: 'submitted', to: 'rejected' });
    await expect(lost).rejects.toBeInstanceOf(ConflictError);
    await expect(lost).rejects.toMatchObject({ code: 'conflict' });
    expect((await getMotion(t.db, ctx.organisationId, m.id))?.status).toBe('adopted');
    const transitions = await t.db
      .selectFrom('motion_transitions')
      .select('to_status')
      .where('motion_id', '=', m.id)
      .execute();
    expect(transitions.map((r) => r.to_status)).toEqual(['adopted']);
  });

  it('records a path of steps as the steps one by one would: one row per step, the last status, every event', async () => {
    const steps = (motionId: string) => [
      { motionId, from: 'draft' as const, to: 'submitted' as const, at: '2024-06-07T12:00:00.000Z' },
      {
        motionId,
        from: 'submitted' as const,
        to: 'adopted' as const,
        at: '2024-06-07T12:00:00.000Z',
        voteResult: 'aangenomen met 91%',
        votePercentage: 91,
        reason: 'Geïmporteerd',
      },
    ];
    const read = async (motionId: string) => {
      const motion = await getMotion(t.db, ctx.organisationId, motionId);
      const rows = await t.db
        .selectFrom('motion_transitions')
        .select(['from_status', 'to_status', 'at', 'reason'])
        .where('motion_id', '=', motionId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      const events = await t.db
        .selectFrom('audit_events')
        .select(['action', 'old_values', 'new_values'])
        .where('entity_id', '=', motionId)
        .where('action', '=', 'motion.transitioned')
        .orderBy('seq')
        .execute();
      return {
        status: motion?.status,
        submittedAt: motion?.submittedAt,
        decidedAt: motion?.decidedAt,
        voteResult: motion?.voteResult,
        votePercentage: motion?.votePercentage,
        steps: rows.map((r) => [r.from_status, r.to_status, r.reason]).sort(),
        events: events.map((e) => [e.old_values, e.new_values]),
      };
    };
    const one = await createMotion(t.db, ctx, { title: 'Stap voor stap', submitters: [{ name: 'Gouda' }] });
    for (const step of steps(one.id)) await recordMotionTransition(t.db, ctx, step);
    const path = await createMotion(t.db, ctx, { title: 'In één keer', submitters: [{ name: 'Gouda' }] });
    await inTransaction(t.db, (trx) =>
      withDeferredAudit(trx, () => recordMotionTransitions(trx, ctx, steps(path.id))),
    );
    // Outside a collected audit trail the steps go one by one: the same again.
    const plain = await createMotion(t.db, ctx, { title: 'Zonder uitstel', submitters: [{ name: 'Gouda' }] });
    await recordMotionTransitions(t.db, ctx, steps(plain.id));
    const expected = await read(one.id);
    expect(expected.status).toBe('adopted');
    expect(expected.steps).toHaveLength(2);
    expect(expected.events).toHaveLength(2);
    const strip = (r: typeof expected) => ({
      ...r,
      events: JSON.stringify(r.events).replaceAll(/"[0-9A-Z]{26}"/g, ''),
    });
    expect(strip(await read(path.id))).toEqual(strip(expected));
    expect(strip(await read(plain.id))).toEqual(strip(expected));
    // A new motion taken through the path as it is created (the importer): one insert, the same rows, and one
    // event, motion.created, whose new values carry the steps as the transition events say them.
    const stepsOnly = (motionId: string) => steps(motionId).map(({ motionId: _, ...step }) => step);
    const through = await inTransaction(t.db, (trx) =>
      withDeferredAudit(trx, () =>
        createMotionThrough(trx, ctx, { title: 'Meteen', submitters: [{ name: 'Gouda' }] }, stepsOnly('')),
      ),
    );
    const later = await createMotionThrough(
      t.db,
      ctx,
      { title: 'Daarna', submitters: [{ name: 'Gouda' }] },
      stepsOnly(''),
    );
    const transitionEvents = expected.events.map(([oldValues, newValues]) => ({
      from: JSON.parse(oldValues as string).status,
      ...JSON.parse(newValues as string),
    }));
    for (const motion of [through, later]) {
      expect(motion.status).toBe('adopted');
      const { events: _, ...rows } = await read(motion.id);
      const { events: __, ...expectedRows } = expected;
      expect(rows).toEqual(expectedRows);
      const all = await t.db
        .selectFrom('audit_events')
        .select(['action', 'new_values'])
        .where('entity_id', '=', motion.id)
        .orderBy('seq')
        .execute();
      expect(all.map((e) => e.action)).toEqual(['motion.created']);
      const values = JSON.parse(all[0].new_values as string);
      expect(values.status ?? 'draft').toBe('draft');
      expect(values.transitions).toEqual(transitionEvents);
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    expect(await verifyRecordStates(t.db)).toMatchObject({ ok: true });
    await expect(
      inTransaction(t.db, (trx) =>
        withDeferredAudit(trx, () =>
          createMotionThrough(trx, ctx, { title: 'Mis', submitters: [] }, stepsOnly('').slice(1)),
        ),
      ),
    ).rejects.toThrow(/each from the status before/);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    expect((await verifyRecordStates(t.db)).ok).toBe(true);
    // Steps that do not follow each other are refused before anything is written.
    const wrong = [steps(path.id)[1], steps(path.id)[0]];
    await expect(recordMotionTransitions(t.db, ctx, wrong)).rejects.toThrow(/each from the status before/);
  });

  it('orders motions without a submission date last, ascending and descending, the same on both engines', async () => {
    const topic = 'Sorteertest';
    const make = (title: string, submittedAt: string | null) =>
      createMotion(t.db, ctx, {
        title,
        topic,
        submittedAt,
        status: submittedAt ? 'submitted' : 'draft',
        submitters: [{ name: 'Gouda' }],
      });
    await make('geen datum A', null);
    await make('maart', '2025-03-01T10:00:00.000Z');
    await make('geen datum B', null);
    await make('januari', '2025-01-15T10:00:00.000Z');
    await make('juni', '2025-06-18T10:00:00.000Z');
    const titles = async (sort: 'submitted' | '-submitted') =>
      (await listMotions(t.db, ctx.organisationId, { topic }, { limit: 10, offset: 0 }, sort)).items.map(
        (m) => m.title,
      );
    const undated = (await titles('submitted')).slice(3).sort();
    expect(undated).toEqual(['geen datum A', 'geen datum B']);
    expect((await titles('submitted')).slice(0, 3)).toEqual(['januari', 'maart', 'juni']);
    expect((await titles('-submitted')).slice(0, 3)).toEqual(['juni', 'maart', 'januari']);
    expect((await titles('-submitted')).slice(3).sort()).toEqual(['geen datum A', 'geen datum B']);
    // Pages are stable: the undated ones keep one order (by id) across pages.
    const first = await listMotions(
      t.db,
      ctx.organisationId,
      { topic },
      { limit: 4, offset: 0 },
      'submitted',
    );
    const second = await listMotions(
      t.db,
      ctx.organisationId,
      { topic },
      { limit: 4, offset: 4 },
      'submitted',
    );
    expect([...first.items, ...second.items].map((m) => m.title)).toEqual(await titles('submitted'));
  });

  it('includes drafts as asked: all, none, or only those a member submitted', async () => {
    const topic = 'Concepttest';
    const krimpen = (
      await t.db.selectFrom('members').select('id').where('code', '=', 'GM1931').executeTakeFirstOrThrow()
    ).id;
    await createMotion(t.db, ctx, {
      title: 'concept Gouda',
      topic,
      submitters: [{ memberId: gouda, name: 'Gouda' }],
    });
    await createMotion(t.db, ctx, {
      title: 'concept Krimpenerwaard',
      topic,
      submitters: [{ memberId: krimpen, name: 'Krimpenerwaard' }],
    });
    await createMotion(t.db, ctx, {
      title: 'ingediend Krimpenerwaard',
      topic,
      status: 'submitted',
      submitters: [{ memberId: krimpen, name: 'Krimpenerwaard' }],
    });
    const titles = async (filter: Parameters<typeof listMotions>[2]) =>
      (
        await listMotions(t.db, ctx.organisationId, { topic, ...filter }, { limit: 10, offset: 0 }, 'title')
      ).items.map((m) => m.title);
    expect(await titles({ drafts: 'all' })).toEqual([
      'concept Gouda',
      'concept Krimpenerwaard',
      'ingediend Krimpenerwaard',
    ]);
    expect(await titles({ drafts: 'none' })).toEqual(['ingediend Krimpenerwaard']);
    expect(await titles({ drafts: { memberId: gouda } })).toEqual([
      'concept Gouda',
      'ingediend Krimpenerwaard',
    ]);
    expect(await titles({ drafts: { memberId: gouda }, status: ['draft'] })).toEqual(['concept Gouda']);
  });

  it('rolls back the motion when the transaction fails', async () => {
    const before = await t.db
      .selectFrom('motions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      createMotion(t.db, ctx, {
        title: 'Kapot',
        submitters: [{ memberId: 'bestaat-niet', name: 'Nergens' }],
      }),
    ).rejects.toThrow();
    const after = await t.db
      .selectFrom('motions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lists each motion with its submitters in order, as a detail reads them, from the page query', async () => {
    const three = await createMotion(t.db, ctx, {
      title: 'Drie indieners voor de lijst',
      submitters: [
        { name: 'Krimpenerwaard' },
        { memberId: gouda, name: 'Gouda' },
        { name: "'s-Hertogenbosch" },
      ],
    });
    const none = await createMotion(t.db, ctx, { title: 'Zonder indieners voor de lijst', submitters: [] });
    const page = await listMotions(
      t.db,
      ctx.organisationId,
      { ids: [three.id, none.id] },
      { limit: 10, offset: 0 },
    );
    const byId = new Map(page.items.map((m) => [m.id, m]));
    expect(byId.get(three.id)?.submitters).toEqual([
      { position: 1, memberId: null, name: 'Krimpenerwaard' },
      { position: 2, memberId: gouda, name: 'Gouda' },
      { position: 3, memberId: null, name: "'s-Hertogenbosch" },
    ]);
    expect(byId.get(three.id)?.submitters).toEqual(
      (await getMotion(t.db, ctx.organisationId, three.id))?.submitters,
    );
    expect(byId.get(none.id)?.submitters).toEqual([]);
    expect(byId.get(three.id)).not.toHaveProperty('submitters_json');
  });
});
