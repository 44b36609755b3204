import type { AppContext } from '../app-context.js';
import { nowIso } from '../store/clock.js';
import { readRegisterVersion } from '../store/count-cache.js';
import { keptRegisterVersion } from '../store/register-watch.js';
import { findUserByTokenHash } from '../store/repositories/api-tokens.js';
import { findSession } from '../store/repositories/sessions.js';
import { createFreshReads } from '../store/version-cache.js';
import { principalOf } from './principal.js';
import type { Principal } from './roles.js';

/** What authenticated a long-lived connection: an API token or a session (both by the hash that is stored). */
export type Credential = { kind: 'token' | 'session'; hash: string };

type Entry = {
  principal: Principal | null;
  /** The register version at which `principal` was read; null: read it again before trusting it. */
  validFor: number | undefined | null;
  /** A session's end (ISO time): a session that expires on the clock is not an audited change. */
  expiresAt: string | null;
  users: number;
};

const entries = new WeakMap<object, Map<string, Entry>>();
const freshPrincipal = createFreshReads<Entry, Principal | null>();

/**
 * The principal behind a long-lived connection (the ballot channel, docs/adr/027-ballot-channel.md), checked
 * for every message without a statement per message. Every change that can end or narrow a credential (a token
 * revoked, a session ended, a user disabled, a role or member changed) appends an audit event and so moves the
 * register version; on PostgreSQL each process knows the version in memory (LISTEN/NOTIFY, ADR 026). The
 * principal read at version v is trusted while the kept version is still v; otherwise it is read again, once for
 * all connections of this process with the same credential (callers that ask while a read runs share the next
 * one, started after it ends: a running read may predate a revocation the caller has seen; src/store/version-cache.ts). Where the version is
 * not kept (SQLite, PostgreSQL not listening) every message reads the credential again.
 * `release` when the connection ends.
 */
export function keepPrincipal(
  ctx: AppContext,
  credential: Credential,
): { current: () => Promise<Principal | null>; release: () => void } {
  let byKey = entries.get(ctx.db);
  if (!byKey) {
    byKey = new Map();
    entries.set(ctx.db, byKey);
  }
  const key = `${credential.kind}:${credential.hash}`;
  let entry = byKey.get(key);
  if (!entry) {
    entry = { principal: null, validFor: null, expiresAt: null, users: 0 };
    byKey.set(key, entry);
  }
  const e = entry;
  const map = byKey;
  e.users += 1;

  const read = async (): Promise<Principal | null> => {
    // The version first: a change committed after it moves the version past it, so the next message reads again.
    const version = await readRegisterVersion(ctx.db);
    const found = await lookUp(ctx, credential);
    e.principal = found?.principal ?? null;
    e.expiresAt = found?.expiresAt ?? null;
    e.validFor = found ? version : null;
    return e.principal;
  };

  return {
    current: () => {
      const kept = readKept(ctx);
      if (
        kept !== null &&
        e.validFor !== null &&
        kept === e.validFor &&
        (e.expiresAt === null || e.expiresAt > nowIso())
      )
        return Promise.resolve(e.principal);
      return freshPrincipal(e, read);
    },
    release: () => {
      e.users -= 1;
      if (e.users === 0 && map.get(key) === e) map.delete(key);
    },
  };
}

/** The kept register version, or null when the database must be asked (an empty register is never trusted). */
function readKept(ctx: AppContext): number | null {
  return keptRegisterVersion(ctx.db)?.version ?? null;
}

async function lookUp(
  ctx: AppContext,
  credential: Credential,
): Promise<{ principal: Principal; expiresAt: string | null } | undefined> {
  if (credential.kind === 'token') {
    const found = await findUserByTokenHash(ctx.db, credential.hash);
    if (!found || found.user.organisationId !== ctx.organisation.id) return undefined;
    return { principal: principalOf(found.user, 'token'), expiresAt: null };
  }
  const found = await findSession(ctx.db, credential.hash, nowIso());
  if (!found || found.user.organisationId !== ctx.organisation.id) return undefined;
  return {
    principal: principalOf(found.user, 'session', credential.hash),
    expiresAt: found.session.expiresAt,
  };
}
