import { sql } from 'kysely';
import type { UserRole } from '../../domain/types.js';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import { assertReferences } from '../references.js';
import type { UserRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { columnChanges } from './shared.js';

/** A user without the password hash: nothing outside this file and src/auth needs it. */
export type UserRecord = Omit<Camelize<UserRow>, 'passwordHash'> & { hasPassword: boolean };

export const toUser = (row: UserRow): UserRecord => {
  const { passwordHash, ...rest } = camelize(row);
  return { ...rest, hasPassword: passwordHash !== null };
};

export type NewUser = {
  email: string;
  name?: string | null;
  role: UserRole;
  memberId?: string | null;
  passwordHash?: string | null;
};

export async function createUser(db: Executor, ctx: WriteContext, input: NewUser): Promise<UserRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: UserRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      email: input.email.trim().toLowerCase(),
      name: input.name ?? null,
      role: input.role,
      member_id: input.memberId ?? null,
      password_hash: input.passwordHash ?? null,
      disabled_at: null,
      created_at: at,
      updated_at: at,
    };
    await assertReferences(trx, 'users', ctx.organisationId, row);
    await trx.insertInto('users').values(row).execute();
    const user = toUser(row);
    await appendAuditEvent(trx, ctx, {
      action: 'user.created',
      entityKind: 'user',
      entityId: row.id,
      newValues: user,
    });
    return user;
  });
}

export async function getUser(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toUser(row);
}

/** The user and its password hash, for checking a login; the hash never leaves src/auth. */
export async function findUserCredentials(
  db: Executor,
  organisationId: string,
  email: string,
): Promise<{ user: UserRecord; passwordHash: string | null } | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

export type UserFilter = { role?: UserRole[]; memberId?: string; q?: string };
export type UserSort = 'email' | '-email' | 'created' | '-created';

export async function listUsers(
  db: Executor,
  organisationId: string,
  filter: UserFilter,
  page: { limit: number; offset: number },
  sort: UserSort = 'email',
): Promise<{ items: UserRecord[]; total: number }> {
  let q = db.selectFrom('users').where('users.organisation_id', '=', organisationId);
  if (filter.role?.length) q = q.where('users.role', 'in', filter.role);
  if (filter.memberId) q = q.where('users.member_id', '=', filter.memberId);
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(users.email)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(coalesce(users.name, ''))`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  const column = sort.endsWith('created') ? 'users.created_at' : 'users.email';
  const rows = await q
    .selectAll('users')
    .orderBy(column, sort.startsWith('-') ? 'desc' : 'asc')
    .orderBy('users.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return { items: rows.map(toUser), total: Number(count.n) };
}

export type UserChanges = {
  name?: string | null;
  role?: UserRole;
  memberId?: string | null;
  passwordHash?: string | null;
  disabled?: boolean;
};

export async function updateUser(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: UserChanges,
): Promise<UserRecord | undefined> {
  return inTransaction(db, async (trx) => {
    const before = await getUser(trx, ctx.organisationId, id);
    if (!before) return undefined;
    const set: Partial<UserRow> = {
      updated_at: nowIso(),
      ...columnChanges(changes, ['name', 'role', 'memberId', 'passwordHash']),
    };
    if (changes.disabled !== undefined)
      set.disabled_at = changes.disabled ? (before.disabledAt ?? nowIso()) : null;
    await trx.updateTable('users').set(set).where('id', '=', id).execute();
    const after = (await getUser(trx, ctx.organisationId, id))!;
    const { passwordHash: _secret, ...visible } = changes;
    await appendAuditEvent(trx, ctx, {
      action: 'user.updated',
      entityKind: 'user',
      entityId: id,
      oldValues: before,
      newValues: { ...visible, ...(changes.passwordHash !== undefined ? { passwordChanged: true } : {}) },
    });
    return after;
  });
}

/** Count of users, e.g. to let the first `users add` create an admin. */
export async function countUsers(db: Executor, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
