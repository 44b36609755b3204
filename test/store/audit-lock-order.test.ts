import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import {
  appendAuditEvent,
  SYSTEM_ACTOR,
  verifyAuditChain,
  type WriteContext,
  withDeferredAudit,
} from '../../src/store/audit.js';
import { type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { inTransaction } from '../../src/store/transaction.js';
import { freshDatabaseUrl } from '../support/engines.js';

// Two writers on one PostgreSQL database (SQLite runs one transaction at a time, so the case does not arise
// there): an import holds a motion it enriched and appends its events at its end; a member of staff changes
// another motion and then the import's. Every transaction appends its events at its end (docs/adr/039), so the
// staff's transaction waits for the motion without holding the chain's lock, and neither is aborted as a
// deadlock.
describe('the audit chain’s lock and a record held by another writer, on postgres', () => {
  const handles: OpenDatabase[] = [];
  let drop: () => Promise<void>;
  let w: WriteContext;

  beforeAll(async () => {
    const fresh = await freshDatabaseUrl('postgres');
    drop = fresh.drop;
    for (let i = 0; i < 2; i += 1) handles.push(await openDatabase(fresh.url));
    await migrateToLatest(handles[0].db);
    const organisation = await ensureOrganisation(handles[0].db, 'vng');
    w = { organisationId: organisation.id, actor: SYSTEM_ACTOR };
  });
  afterAll(async () => {
    for (const h of handles) await h.close();
    await drop?.();
  });

  const changed = (id: string) => ({ action: 'motion.updated', entityKind: 'motion', entityId: id });

  it('lets both finish: the one waiting for the record does not hold the chain’s lock meanwhile', async () => {
    const [staffDb, importDb] = handles.map((h) => h.db);
    const a = await createMotion(staffDb, w, { title: 'Motie A', status: 'draft', submitters: [] });
    const b = await createMotion(staffDb, w, { title: 'Motie B', status: 'draft', submitters: [] });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = () => {};
    const holds = new Promise<void>((resolve) => {
      holding = resolve;
    });
    // The import: enriches B (its row is locked until the commit), its events collected for the end.
    const importing = inTransaction(importDb, (trx) =>
      withDeferredAudit(trx, async () => {
        await sql`update motions set title = 'Motie B (verrijkt)' where id = ${b.id}`.execute(trx);
        await appendAuditEvent(trx, w, changed(b.id));
        holding();
        await held;
      }),
    );
    await holds;
    // Staff: A, then B (waits for the import's lock on B).
    const editing = inTransaction(staffDb, async (trx) => {
      await sql`update motions set title = 'Motie A (bewerkt)' where id = ${a.id}`.execute(trx);
      await appendAuditEvent(trx, w, changed(a.id));
      await sql`update motions set title = 'Motie B (bewerkt)' where id = ${b.id}`.execute(trx);
      await appendAuditEvent(trx, w, changed(b.id));
    });
    // Once the staff's transaction waits for B, the import goes on to its end.
    for (let waiting = 0; waiting === 0; ) {
      const { rows } = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
        where wait_event_type = 'Lock' and datname = current_database()`.execute(importDb);
      waiting = Number(rows[0].n);
      if (waiting === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    release();
    await expect(Promise.all([importing, editing])).resolves.toHaveLength(2);

    const titles = await staffDb
      .selectFrom('motions')
      .select(['id', 'title'])
      .where('id', 'in', [a.id, b.id])
      .orderBy('title')
      .execute();
    expect(titles.map((t) => t.title)).toEqual(['Motie A (bewerkt)', 'Motie B (bewerkt)']);
    const chain = await verifyAuditChain(staffDb);
    expect(chain.ok).toBe(true);
  }, 30_000);
});
