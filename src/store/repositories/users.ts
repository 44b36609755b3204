import { sql } from 'kysely';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { ApiTokenRow, UserRow } from '../schema.js';
import { inTransaction } from '../transaction.js';

/** A user without the password hash: nothing outside this file and src/auth needs it. */
export type UserRecord = Omit<Camelize<UserRow>, 'passwordHash'> & { hasPassword: boolean };
export type ApiTokenRecord = Omit<Camelize<ApiTokenRow>, 'tokenHash'>;

const toUser = (row: UserRow): UserRecord => {
  const { passwordHash, ...rest } = camelize(row);
  return { ...rest, hasPassword: passwordHash !== null };
};
const toToken = (row: ApiTokenRow): ApiTokenRecord => {
  const { tokenHash: _hash, ...rest } = camelize(row);
  return rest;
};

export type NewUser = {
  email: string;
  name?: string | null;
  role: string;
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

export type UserFilter = { role?: string[]; memberId?: string; q?: string };
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
  role?: string;
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
    const set: Partial<UserRow> = { updated_at: nowIso() };
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.role !== undefined) set.role = changes.role;
    if (changes.memberId !== undefined) set.member_id = changes.memberId;
    if (changes.passwordHash !== undefined) set.password_hash = changes.passwordHash;
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

export async function createApiToken(
  db: Executor,
  ctx: WriteContext,
  input: { userId: string; tokenHash: string; label?: string | null },
): Promise<ApiTokenRecord> {
  return inTransaction(db, async (trx) => {
    const row: ApiTokenRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      user_id: input.userId,
      token_hash: input.tokenHash,
      label: input.label ?? null,
      last_used_at: null,
      revoked_at: null,
      created_at: nowIso(),
    };
    await trx.insertInto('api_tokens').values(row).execute();
    const token = toToken(row);
    await appendAuditEvent(trx, ctx, {
      action: 'api-token.created',
      entityKind: 'user',
      entityId: input.userId,
      newValues: token,
    });
    return token;
  });
}

export async function listApiTokens(
  db: Executor,
  organisationId: string,
  userId: string,
): Promise<ApiTokenRecord[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map(toToken);
}

export async function revokeApiToken(
  db: Executor,
  ctx: WriteContext,
  tokenId: string,
): Promise<ApiTokenRecord | undefined> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('api_tokens')
      .selectAll()
      .where('organisation_id', '=', ctx.organisationId)
      .where('id', '=', tokenId)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.revoked_at !== null) return toToken(row);
    const at = nowIso();
    await trx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', tokenId).execute();
    await appendAuditEvent(trx, ctx, {
      action: 'api-token.revoked',
      entityKind: 'user',
      entityId: row.user_id,
      oldValues: { tokenId, revokedAt: null },
      newValues: { tokenId, revokedAt: at },
    });
    return { ...toToken(row), revokedAt: at };
  });
}

/** The active (not revoked) token with this hash and its enabled user. */
export async function findUserByTokenHash(
  db: Executor,
  tokenHash: string,
): Promise<{ user: UserRecord; tokenId: string; lastUsedAt: string | null } | undefined> {
  const token = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!token) return undefined;
  const user = await getUser(db, token.organisation_id, token.user_id);
  if (!user || user.disabledAt !== null) return undefined;
  return { user, tokenId: token.id, lastUsedAt: token.last_used_at };
}

/** Bookkeeping, not a change of the record: no audit event. */
export async function touchApiToken(db: Executor, tokenId: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
}

export type SessionRecord = {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
  createdAt: string;
};

/** `id` is the hash of the cookie value, so a copy of the table does not hand out sessions. */
export async function createSession(
  db: Executor,
  ctx: WriteContext,
  input: { id: string; userId: string; csrfToken: string; expiresAt: string },
): Promise<SessionRecord> {
  return inTransaction(db, async (trx) => {
    const row = {
      id: input.id,
      user_id: input.userId,
      csrf_token: input.csrfToken,
      expires_at: input.expiresAt,
      created_at: nowIso(),
    };
    await trx.insertInto('sessions').values(row).execute();
    await appendAuditEvent(trx, ctx, {
      action: 'user.logged-in',
      entityKind: 'user',
      entityId: input.userId,
      newValues: { expiresAt: input.expiresAt },
    });
    return camelize(row);
  });
}

export async function findSession(
  db: Executor,
  id: string,
  now: string,
): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  const userRow = await db.selectFrom('users').selectAll().where('id', '=', row.user_id).executeTakeFirst();
  if (!userRow || userRow.disabled_at !== null) return undefined;
  return { session: camelize(row), user: toUser(userRow) };
}

export async function deleteSession(db: Executor, ctx: WriteContext, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return;
    await trx.deleteFrom('sessions').where('id', '=', id).execute();
    await appendAuditEvent(trx, ctx, {
      action: 'user.logged-out',
      entityKind: 'user',
      entityId: row.user_id,
    });
  });
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
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
