import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { newId, nowIso } from './clock.js';
import { insertRows } from './compiled-insert.js';
import type { Executor } from './database.js';
import { canonicalRow } from './dump.js';
import { isPostgres } from './engine.js';
import type { AuditEventRow, TableName } from './schema.js';

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
    // Events written before the state hash existed keep the content they were hashed with.
    ...(event.state_hash ? [event.state_hash] : []),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** The table of each kind of audited record: its row after the change is what the event's state hash covers. */
export const AUDITED_TABLES: Record<string, TableName> = {
  organisation: 'organisations',
  member: 'members',
  meeting: 'meetings',
  motion: 'motions',
  resolution: 'resolutions',
  'resolution-version': 'resolution_versions',
  clause: 'clauses',
  agreement: 'agreements',
  letter: 'letters',
  consultation: 'consultations',
  document: 'documents',
  vote: 'votes',
  'accountability-round': 'accountability_rounds',
  'accountability-entry': 'accountability_entries',
  registration: 'registrations',
  poll: 'polls',
  user: 'users',
  'motion-invitation': 'motion_invitations',
  'remote-vote': 'remote_votes',
};

// biome-ignore lint/suspicious/noExplicitAny: looked up by table name from AUDITED_TABLES
type Loose = import('kysely').Kysely<any>;

/** sha256 of a record's current row (canonical JSON); null when the kind has no table or the row is gone. */
export async function recordStateHash(db: Executor, kind: string, id: string): Promise<string | null> {
  const table = AUDITED_TABLES[kind];
  if (!table) return null;
  const row = await (db as unknown as Loose)
    .selectFrom(table)
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? createHash('sha256').update(canonicalRow(row)).digest('hex') : null;
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
): Promise<AuditEventRow | null> {
  const pending = deferred.get(trx);
  if (pending) {
    pending.push({ ctx, input, id: newId(), at: nowIso() });
    return null;
  }
  const last = await lockChainHead(trx);
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
    state_hash: await recordStateHash(trx, input.entityKind, input.entityId),
  };
  const row: AuditEventRow = { ...base, hash: hashAuditEvent(base) };
  await trx.insertInto('audit_events').values(row).execute();
  return row;
}

/** The last event of the chain (or of the part a transaction appended): its sequence number and hash. */
export type ChainHead = { seq: number; hash: string };

/**
 * Takes the chain's lock for the rest of the transaction and reads the chain's head. On PostgreSQL an advisory
 * lock serialises appenders, taken and followed by the read in one round trip (`audit_chain_head_locked()`, a
 * volatile function: its read sees every event committed before the lock was granted); SQLite transactions are
 * serialised already.
 */
async function lockChainHead(trx: Executor): Promise<ChainHead | undefined> {
  if (isPostgres(trx)) {
    const { rows } = await sql<ChainHead>`select seq, hash from audit_chain_head_locked()`.execute(trx);
    return rows[0];
  }
  return trx
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

type PendingEvent = { ctx: WriteContext; input: AuditInput; id: string; at: string };
const deferred = new WeakMap<object, PendingEvent[]>();
/** Who wants to hear the last event a collection appended (the outer one's and those of joined ones). */
const appendedListeners = new WeakMap<object, ((head: ChainHead) => void)[]>();
const APPEND_CHUNK = 200;

/**
 * Runs `work` inside `trx` with its audit events collected instead of appended one by one, then appends them
 * to the chain in one step: one read of the chain's head, the records' rows read once per table for their
 * state hashes, and multi-row inserts. Used where one transaction writes many records (an imported document).
 * Every event of a record in this transaction carries the state hash of the row as the transaction leaves it
 * (the only state anyone outside the transaction can see; verify checks the last one).
 */
export async function withDeferredAudit<T>(
  trx: Executor,
  work: () => Promise<T>,
  /** Told the last event appended (none: nothing was appended), e.g. to anchor it after the commit. */
  onAppended?: (head: ChainHead) => void,
): Promise<T> {
  if (!trx.isTransaction) throw new Error('withDeferredAudit needs a transaction');
  // Joined: the events go with the outer collection, appended at its end; `onAppended` is told then.
  if (deferred.has(trx)) {
    if (onAppended) whenAuditAppended(trx, onAppended);
    return work();
  }
  const pending: PendingEvent[] = [];
  const listeners = onAppended ? [onAppended] : [];
  deferred.set(trx, pending);
  appendedListeners.set(trx, listeners);
  try {
    const result = await work();
    deferred.delete(trx);
    const last = await appendPendingEvents(trx, pending);
    if (last) for (const listener of listeners) listener({ seq: Number(last.seq), hash: last.hash });
    return result;
  } finally {
    deferred.delete(trx);
    appendedListeners.delete(trx);
  }
}

/**
 * Tells `listener` the last event when the events collected in `trx` (withDeferredAudit) are appended, at the
 * collection's end; not told when nothing was appended.
 */
export function whenAuditAppended(trx: Executor, listener: (head: ChainHead) => void): void {
  const listeners = appendedListeners.get(trx);
  if (!listeners) throw new Error('whenAuditAppended needs withDeferredAudit');
  listeners.push(listener);
}

/**
 * Where the audit events collected in `trx` stand now (withDeferredAudit): give it to `dropDeferredAuditSince`
 * when the writes after this point are rolled back (a savepoint), so their events are never appended.
 */
export function deferredAuditMark(trx: Executor): number {
  const pending = deferred.get(trx);
  if (!pending) throw new Error('deferredAuditMark needs withDeferredAudit');
  return pending.length;
}

/** Forgets the events collected in `trx` after `mark` (their writes were rolled back to a savepoint). */
export function dropDeferredAuditSince(trx: Executor, mark: number): void {
  deferred.get(trx)?.splice(mark);
}

/** Whether `trx` collects its audit events (withDeferredAudit) instead of appending each at once. */
export function isAuditDeferred(trx: Executor): boolean {
  return deferred.has(trx);
}

/** Appends the collected events; returns the last one (the chain's head in this transaction). */
async function appendPendingEvents(
  trx: Executor,
  pending: PendingEvent[],
): Promise<AuditEventRow | undefined> {
  if (pending.length === 0) return undefined;
  // The lock first: a record's state is read once the appenders before this one have committed (a vote closed
  // by another transaction while ballots arrive is read closed), so the chain's last event of a record carries
  // the state the record is left in.
  const last = await lockChainHead(trx);
  const states = await recordStateHashes(
    trx,
    pending.map((p) => ({ kind: p.input.entityKind, id: p.input.entityId })),
  );
  let seq = Number(last?.seq ?? 0);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows: AuditEventRow[] = [];
  for (const { ctx, input, id, at } of pending) {
    seq += 1;
    const base: Omit<AuditEventRow, 'hash'> = {
      id,
      organisation_id: ctx.organisationId,
      seq,
      actor_id: ctx.actor.id,
      actor_label: ctx.actor.label,
      action: input.action,
      entity_kind: input.entityKind,
      entity_id: input.entityId,
      old_values: toJson(input.oldValues),
      new_values: toJson(input.newValues),
      at,
      request_id: ctx.requestId ?? null,
      prev_hash: prevHash,
      state_hash: states.get(`${input.entityKind}:${input.entityId}`) ?? null,
    };
    const row: AuditEventRow = { ...base, hash: hashAuditEvent(base) };
    prevHash = row.hash;
    rows.push(row);
  }
  for (let i = 0; i < rows.length; i += APPEND_CHUNK)
    await insertRows(trx, 'audit_events', rows.slice(i, i + APPEND_CHUNK));
  return rows.at(-1);
}

/** recordStateHash for many records: one query per table (in chunks), keyed `kind:id`. */
export async function recordStateHashes(
  db: Executor,
  records: { kind: string; id: string }[],
): Promise<Map<string, string>> {
  const byTable = new Map<TableName, { kind: string; ids: Set<string> }[]>();
  const idsOf = new Map<string, Set<string>>();
  for (const { kind, id } of records) {
    if (!AUDITED_TABLES[kind]) continue;
    let ids = idsOf.get(kind);
    if (!ids) {
      ids = new Set();
      idsOf.set(kind, ids);
      const table = AUDITED_TABLES[kind];
      byTable.set(table, [...(byTable.get(table) ?? []), { kind, ids }]);
    }
    ids.add(id);
  }
  const out = new Map<string, string>();
  for (const [table, kinds] of byTable) {
    const ids = [...new Set(kinds.flatMap((k) => [...k.ids]))];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = (await (db as unknown as Loose)
        .selectFrom(table)
        .selectAll()
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()) as { id: string }[];
      for (const row of rows) {
        const hash = createHash('sha256').update(canonicalRow(row)).digest('hex');
        for (const k of kinds) if (k.ids.has(row.id)) out.set(`${k.kind}:${row.id}`, hash);
      }
    }
  }
  return out;
}

export type ChainCheck =
  | { ok: true; events: number; head: { seq: number; hash: string } | null }
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
    if (rows.length === 0)
      return { ok: true, events: count, head: count > 0 ? { seq: expectedSeq - 1, hash: prevHash } : null };
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

export type StateCheck =
  | { ok: true; records: number }
  | { ok: false; records: number; kind: string; id: string; seq: number; reason: string };

/**
 * Compares every audited record's current row with the state hash of its last event: a row edited (or deleted)
 * in the database without an event is named, the first in chain order.
 */
export async function verifyRecordStates(db: Executor, batchSize = 5000): Promise<StateCheck> {
  const last = new Map<string, { kind: string; id: string; seq: number; state: string | null }>();
  for (let from = 1; ; ) {
    const rows = await db
      .selectFrom('audit_events')
      .select(['seq', 'entity_kind', 'entity_id', 'state_hash'])
      .where('seq', '>=', from)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows)
      last.set(`${r.entity_kind}:${r.entity_id}`, {
        kind: r.entity_kind,
        id: r.entity_id,
        seq: Number(r.seq),
        state: r.state_hash,
      });
    from = Number(rows[rows.length - 1].seq) + 1;
  }
  const checked = [...last.values()].filter((e) => e.state !== null).sort((a, b) => a.seq - b.seq);
  for (const entry of checked) {
    const current = await recordStateHash(db, entry.kind, entry.id);
    if (current !== entry.state)
      return {
        ok: false,
        records: checked.length,
        ...entry,
        reason:
          current === null ? 'het record is verwijderd' : 'het record wijkt af van zijn laatste gebeurtenis',
      };
  }
  return { ok: true, records: checked.length };
}
