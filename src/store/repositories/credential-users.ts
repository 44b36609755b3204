import { CompiledQuery } from 'kysely';
import type { Executor } from '../database.js';
import { isPostgres } from '../engine.js';
import type { UserRow } from '../schema.js';
import { findUserByTokenHash } from './api-tokens.js';
import { findSession } from './sessions.js';
import { toUser, type UserRecord } from './users.js';

/** What authenticated a long-lived connection: an API token or a session, by the hash that is stored. */
export type StoredCredential = { kind: 'token' | 'session'; hash: string };

export const credentialKey = (c: StoredCredential) => `${c.kind}:${c.hash}`;

/**
 * Per credential its user while it holds (a token not revoked, a session not ended, the user not disabled);
 * precompiled, one statement on PostgreSQL for all credentials of a group of ballots (ADR 031).
 */
const CREDENTIALS_SQL = `select c.kind, c.hash, to_jsonb(u) as "user"
from unnest($1::text[], $2::text[]) as c(kind, hash)
left join api_tokens t on c.kind = 'token' and t.token_hash = c.hash and t.revoked_at is null
left join sessions s on c.kind = 'session' and s.id = c.hash and s.expires_at > $3
join users u on u.id = coalesce(t.user_id, s.user_id)
  and (t.organisation_id is null or u.organisation_id = t.organisation_id)
where u.disabled_at is null`;

/** The users behind `credentials` now (keyed by credentialKey); a credential that no longer holds is absent. */
export async function findCredentialUsers(
  db: Executor,
  credentials: StoredCredential[],
  now: string,
): Promise<Map<string, UserRecord>> {
  const out = new Map<string, UserRecord>();
  const distinct = [...new Map(credentials.map((c) => [credentialKey(c), c])).values()];
  if (distinct.length === 0) return out;
  if (isPostgres(db)) {
    const { rows } = await db.executeQuery<{ kind: 'token' | 'session'; hash: string; user: UserRow }>(
      CompiledQuery.raw(CREDENTIALS_SQL, [distinct.map((c) => c.kind), distinct.map((c) => c.hash), now]),
    );
    for (const row of rows) out.set(credentialKey(row), toUser(row.user));
    return out;
  }
  for (const c of distinct) {
    const user =
      c.kind === 'token'
        ? (await findUserByTokenHash(db, c.hash))?.user
        : (await findSession(db, c.hash, now))?.user;
    if (user) out.set(credentialKey(c), user);
  }
  return out;
}
