import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { MemberRow } from '../schema.js';
import { inTransaction } from '../transaction.js';

export type MemberRecord = Camelize<MemberRow>;
export type NewMember = Pick<MemberRecord, 'code' | 'name'> &
  Partial<Pick<MemberRecord, 'kind' | 'province' | 'inhabitants' | 'seats' | 'populationDate' | 'status'>>;

export async function listMembers(db: Executor, organisationId: string): Promise<MemberRecord[]> {
  const rows = await db
    .selectFrom('members')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('name')
    .execute();
  return rows.map(camelize);
}

export async function getMember(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<MemberRecord | undefined> {
  const row = await db
    .selectFrom('members')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && camelize(row);
}

/** Members by id (those that exist), keyed by id. */
export async function getMembers(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<Map<string, MemberRecord>> {
  const out = new Map<string, MemberRecord>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('members')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) out.set(row.id, camelize(row));
  }
  return out;
}

export async function findMemberByCode(
  db: Executor,
  organisationId: string,
  code: string,
): Promise<MemberRecord | undefined> {
  const row = await db
    .selectFrom('members')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row && camelize(row);
}

/** Inserts members that are not there yet (by code) and updates the figures of those that are. */
export async function upsertMembers(
  db: Executor,
  ctx: WriteContext,
  members: NewMember[],
): Promise<{ inserted: number; updated: number }> {
  return inTransaction(db, async (trx) => {
    const existing = new Map((await listMembers(trx, ctx.organisationId)).map((m) => [m.code, m]));
    let inserted = 0;
    let updated = 0;
    for (const m of members) {
      const at = nowIso();
      const before = existing.get(m.code);
      if (!before) {
        const row: MemberRow = {
          id: newId(),
          organisation_id: ctx.organisationId,
          code: m.code,
          name: m.name,
          kind: m.kind ?? 'municipality',
          province: m.province ?? null,
          inhabitants: m.inhabitants ?? null,
          seats: m.seats ?? null,
          population_date: m.populationDate ?? null,
          status: m.status ?? 'active',
          merged_into_id: null,
          ceased_on: null,
          created_at: at,
          updated_at: at,
        };
        await trx.insertInto('members').values(row).execute();
        await appendAuditEvent(trx, ctx, {
          action: 'member.created',
          entityKind: 'member',
          entityId: row.id,
          newValues: m,
        });
        inserted += 1;
        continue;
      }
      const changed =
        before.name !== m.name ||
        before.province !== (m.province ?? null) ||
        before.inhabitants !== (m.inhabitants ?? null) ||
        before.populationDate !== (m.populationDate ?? null);
      if (!changed) continue;
      await trx
        .updateTable('members')
        .set({
          name: m.name,
          province: m.province ?? null,
          inhabitants: m.inhabitants ?? null,
          population_date: m.populationDate ?? null,
          updated_at: at,
        })
        .where('id', '=', before.id)
        .execute();
      await appendAuditEvent(trx, ctx, {
        action: 'member.updated',
        entityKind: 'member',
        entityId: before.id,
        oldValues: before,
        newValues: m,
      });
      updated += 1;
    }
    return { inserted, updated };
  });
}
