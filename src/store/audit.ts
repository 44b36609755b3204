import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { newId, nowIso } from './clock.js';
import type { Executor } from './database.js';
import type { AuditEventRow } from './schema.js';

export type Actor = { id: string | null; label: string };
/** Who writes, for which organisation, within which request: passed to every write. */
export type WriteContext = { organisationId: string; actor: Actor; requestId?: string | null };

export const SYSTEM_ACTOR: Actor = { id: null, label: 'systeem' };
export const GENESIS_HASH = '0'.repeat(64);

export type AuditInput = {
  action: string;
  entityKind: string;
  entityId: string;
  oldValues?: unknown;
  newValues?: unknown;
};

/** The hash of an event covers its content and the previous hash, so any edit breaks the chain after it. */
export function hashAuditEvent(event: Omit<AuditEventRow, 'hash'>): string {
  const content = [
    event.prev_hash,
    event.seq,
    event.id,
    event.organisation_id,
    event.actor_id,
    event.actor_label,
    event.action,
    event.entity_kind,
    event.entity_id,
    event.old_values,
    event.new_values,
    event.at,
    event.request_id,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

const toJson = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

/**
 * Appends one event to the hash chain. Call it inside the transaction of the change it records.
 * On PostgreSQL an advisory lock serialises appenders; SQLite transactions are serialised already.
 */
export async function appendAuditEvent(
  trx: Executor,
  ctx: WriteContext,
  input: AuditInput,
): Promise<AuditEventRow> {
  if (isPostgres(trx)) {
    await sql`select pg_advisory_xact_lock(727274)`.execute(trx);
  }
  const last = await trx
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const base: Omit<AuditEventRow, 'hash'> = {
    id: newId(),
    organisation_id: ctx.organisationId,
    seq: (last?.seq ?? 0) + 1,
    actor_id: ctx.actor.id,
    actor_label: ctx.actor.label,
    action: input.action,
    entity_kind: input.entityKind,
    entity_id: input.entityId,
    old_values: toJson(input.oldValues),
    new_values: toJson(input.newValues),
    at: nowIso(),
    request_id: ctx.requestId ?? null,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const row: AuditEventRow = { ...base, hash: hashAuditEvent(base) };
  await trx.insertInto('audit_events').values(row).execute();
  return row;
}

function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

export type ChainCheck =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAt: number; reason: string };

/** Walks the whole chain in order; reports the first event whose link or content does not match. */
export async function verifyAuditChain(db: Executor, batchSize = 5000): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return { ok: true, events: count };
    for (const row of rows) {
      const { hash, ...rest } = row;
      if (row.seq !== expectedSeq)
        return { ok: false, events: count, brokenAt: expectedSeq, reason: 'ontbrekende gebeurtenis' };
      if (row.prev_hash !== prevHash)
        return {
          ok: false,
          events: count,
          brokenAt: row.seq,
          reason: 'verwijzing naar vorige gebeurtenis klopt niet',
        };
      if (hashAuditEvent(rest) !== hash)
        return { ok: false, events: count, brokenAt: row.seq, reason: 'inhoud is gewijzigd' };
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
    }
  }
}
