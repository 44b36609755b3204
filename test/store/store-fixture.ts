import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { type EngineName, openTestDatabase } from '../support/engines.js';

export type StoreFixture = Awaited<ReturnType<typeof openTestDatabase>> & {
  ctx: WriteContext;
  members: Record<string, string>;
};

/** A fresh migrated database with one organisation and three members (ids by CBS code). */
export async function openStoreFixture(engine: EngineName): Promise<StoreFixture> {
  const t = await openTestDatabase(engine);
  const org = await createOrganisation(t.db, {
    name: 'Testvereniging',
    slug: 'test',
    settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
    actor: SYSTEM_ACTOR,
  });
  const ctx: WriteContext = { organisationId: org.id, actor: { id: null, label: 'test' } };
  await upsertMembers(t.db, ctx, [
    { code: 'GM0513', name: 'Gouda', inhabitants: 75000 },
    { code: 'GM1931', name: 'Krimpenerwaard', inhabitants: 58000 },
    { code: 'GM0363', name: 'Amsterdam', inhabitants: 918000 },
  ]);
  const rows = await t.db.selectFrom('members').select(['id', 'code']).execute();
  return { ...t, ctx, members: Object.fromEntries(rows.map((r) => [r.code, r.id])) };
}

/** The audit actions recorded for one entity, in order. */
export async function auditActions(f: StoreFixture, entityId: string): Promise<string[]> {
  const rows = await f.db
    .selectFrom('audit_events')
    .select('action')
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}
