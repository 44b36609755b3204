import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, verifyRecordStates, withDeferredAudit } from '../../src/store/audit.js';
import type { Executor } from '../../src/store/database.js';
import { addPreAdvice, listPreAdvices } from '../../src/store/repositories/motion-extras.js';
import {
  createMotionThrough,
  getMotion,
  listMotionTransitions,
} from '../../src/store/repositories/motions.js';
import { inSavepoint, inTransaction } from '../../src/store/transaction.js';
import {
  bufferedRowCount,
  dropWriteBuffer,
  flushWriteBuffer,
  withWriteBuffer,
} from '../../src/store/write-buffer.js';
import { ENGINES } from '../support/engines.js';
import { openStoreFixture, type StoreFixture } from './store-fixture.js';

const adopted = [
  { from: 'draft' as const, to: 'submitted' as const, at: '2026-03-01T10:00:00.000Z' },
  { from: 'submitted' as const, to: 'adopted' as const, at: '2026-03-12T20:00:00.000Z' },
];

describe.each(ENGINES)('the write buffer on %s', (engine) => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await openStoreFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  type Table = 'motion_submitters' | 'motion_transitions' | 'pre_advices';
  const count = async (table: Table, motionId: string, db: Executor = f.db) =>
    (await db.selectFrom(table).select('id').where('motion_id', '=', motionId).execute()).length;

  it('keeps a motion’s submitters, transitions and pre-advice until a read of them, then writes them all', async () => {
    const { motionId, waitingBefore, submitters, advices, transitions } = await inTransaction(f.db, (trx) =>
      withDeferredAudit(trx, () =>
        withWriteBuffer(trx, async () => {
          const motion = await createMotionThrough(
            trx,
            f.ctx,
            {
              title: 'Gebufferd',
              submitters: [{ memberId: f.members.GM0513, name: 'Gouda' }, { name: 'Ede' }],
            },
            adopted,
          );
          await addPreAdvice(trx, f.ctx, { motionId: motion.id, advice: 'adopt' });
          const waitingBefore = bufferedRowCount(trx);
          // Nothing of them is in the tables yet: the buffer holds them.
          expect(await count('motion_transitions', motion.id, trx)).toBe(0);
          // The readers of these tables flush first, so they see what the transaction wrote.
          const advices = await listPreAdvices(trx, f.ctx.organisationId, motion.id);
          const submitters = (await getMotion(trx, f.ctx.organisationId, motion.id))?.submitters;
          const transitions = await listMotionTransitions(trx, motion.id);
          return { motionId: motion.id, waitingBefore, submitters, advices, transitions };
        }),
      ),
    );
    expect(waitingBefore).toBe(2 + 2 + 1);
    expect(advices.map((a) => a.advice)).toEqual(['adopt']);
    expect(submitters?.map((s) => s.name)).toEqual(['Gouda', 'Ede']);
    expect(transitions.map((t) => t.toStatus)).toEqual(['submitted', 'adopted']);
    expect(await count('motion_submitters', motionId)).toBe(2);
    expect(await count('pre_advices', motionId)).toBe(1);
    const events = await f.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', 'in', [
        motionId,
        ...(await f.db.selectFrom('pre_advices').select('id').execute()).map((r) => r.id),
      ])
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['motion.created', 'pre-advice.created']);
    expect(await verifyAuditChain(f.db)).toMatchObject({ ok: true });
    expect(await verifyRecordStates(f.db)).toMatchObject({ ok: true });
  });

  it('writes what waits at the end of its work, and nothing that was dropped', async () => {
    const ids = await inTransaction(f.db, (trx) =>
      withWriteBuffer(trx, async () => {
        const kept = await createMotionThrough(
          trx,
          f.ctx,
          { title: 'Blijft', submitters: [{ name: 'Gouda' }] },
          [],
        );
        await flushWriteBuffer(trx);
        let dropped = '';
        try {
          await inSavepoint(trx, async () => {
            const motion = await createMotionThrough(
              trx,
              f.ctx,
              { title: 'Weg', submitters: [{ name: 'Ede' }] },
              [],
            );
            dropped = motion.id;
            throw new Error('het document faalt na zijn schrijfwerk');
          });
        } catch {
          // As the importer does when a document fails after its writes: its savepoint and its buffered rows go.
          dropWriteBuffer(trx);
        }
        const last = await createMotionThrough(
          trx,
          f.ctx,
          { title: 'Laatste', submitters: [{ name: 'Edam' }] },
          [],
        );
        expect(bufferedRowCount(trx)).toBe(1);
        return { kept: kept.id, dropped, last: last.id };
      }),
    );
    expect(await count('motion_submitters', ids.kept)).toBe(1);
    expect(await count('motion_submitters', ids.dropped)).toBe(0);
    expect(await f.db.selectFrom('motions').select('id').where('id', '=', ids.dropped).execute()).toEqual([]);
    expect(await count('motion_submitters', ids.last)).toBe(1);
  });

  it('inserts at once outside a buffer', async () => {
    const motion = await createMotionThrough(
      f.db,
      f.ctx,
      { title: 'Direct', submitters: [{ name: 'Gouda' }] },
      [],
    );
    expect(await count('motion_submitters', motion.id)).toBe(1);
  });
});
