import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import {
  appendAuditEvent,
  type ChainHead,
  SYSTEM_ACTOR,
  verifyAuditChain,
  type WriteContext,
  withDeferredAudit,
} from '../../src/store/audit.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

// Every transaction collects its audit events and appends them at its end (docs/adr/042); a collection joined
// inside it (an import's batch) hears the head the outer one appended, in the order the events were written.
describe.each(ENGINES)('audit events appended at the end of a transaction on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let w: WriteContext;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    w = { organisationId: (await ensureOrganisation(t.db, 'vng')).id, actor: SYSTEM_ACTOR };
  });
  afterAll(async () => t?.cleanup());

  const head = async () =>
    Number(
      (
        await t.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .executeTakeFirstOrThrow()
      ).seq ?? 0,
    );
  const event = (id: string) => ({ action: 'checked', entityKind: 'deferred_check', entityId: id });

  it('appends the events once, in order, at the end, and tells a joined collection the head', async () => {
    const before = await head();
    let heard: ChainHead | undefined;
    let inside = -1;
    await inTransaction(t.db, async (trx) => {
      await appendAuditEvent(trx, w, event('eerste'));
      await withDeferredAudit(
        trx,
        async () => {
          await appendAuditEvent(trx, w, event('tweede'));
          await appendAuditEvent(trx, w, event('derde'));
        },
        (last) => {
          heard = last;
        },
      );
      // Not appended yet: the transaction's events join the chain at its end.
      inside = Number(
        (
          await trx
            .selectFrom('audit_events')
            .select((eb) => eb.fn.countAll<string | number>().as('n'))
            .where('seq', '>', before)
            .executeTakeFirstOrThrow()
        ).n,
      );
      expect(heard).toBeUndefined();
    });
    expect(inside).toBe(0);
    expect(heard?.seq).toBe(before + 3);
    expect(await head()).toBe(before + 3);
    const ids = await t.db
      .selectFrom('audit_events')
      .select('entity_id')
      .where('seq', '>', before)
      .orderBy('seq')
      .execute();
    expect(ids.map((r) => r.entity_id)).toEqual(['eerste', 'tweede', 'derde']);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('appends nothing of a transaction that is rolled back', async () => {
    const before = await head();
    await expect(
      inTransaction(t.db, async (trx) => {
        await appendAuditEvent(trx, w, event('teruggedraaid'));
        throw new Error('terug');
      }),
    ).rejects.toThrow('terug');
    expect(await head()).toBe(before);
  });
});
