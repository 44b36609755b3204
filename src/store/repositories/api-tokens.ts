import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { ApiTokenRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { toUser, type UserRecord } from './users.js';

/** API tokens of users: only the SHA-256 of a token is stored (src/auth makes and hashes them). */
export type ApiTokenRecord = Omit<Camelize<ApiTokenRow>, 'tokenHash'>;

const toToken = (row: ApiTokenRow): ApiTokenRecord => {
  const { tokenHash: _hash, ...rest } = camelize(row);
  return rest;
};

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
  // One statement (it runs for every request with a token): the token and its user together.
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', (join) =>
      join.onRef('u.id', '=', 't.user_id').onRef('u.organisation_id', '=', 't.organisation_id'),
    )
    .selectAll('u')
    .select(['t.id as token_id', 't.last_used_at as token_last_used_at'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id: tokenId, token_last_used_at: lastUsedAt, ...userRow } = row;
  const user = toUser(userRow);
  if (user.disabledAt !== null) return undefined;
  return { user, tokenId, lastUsedAt };
}

/** Bookkeeping, not a change of the record: no audit event. */
export async function touchApiToken(db: Executor, tokenId: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
}
