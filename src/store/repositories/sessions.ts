import { appendAuditEvent, type WriteContext } from '../audit.js';
import { camelize } from '../camelize.js';
import { nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import { inTransaction } from '../transaction.js';
import { toUser, type UserRecord } from './users.js';

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
