import type { Executor } from '../database.js';
import type { AuditEventRow } from '../schema.js';

export type AuditEventRecord = {
  id: string;
  seq: number;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityKind: string;
  entityId: string;
  oldValues: unknown;
  newValues: unknown;
  at: string;
  requestId: string | null;
  prevHash: string;
  hash: string;
};

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

const toRecord = (row: AuditEventRow): AuditEventRecord => ({
  id: row.id,
  seq: Number(row.seq),
  actorId: row.actor_id,
  actorLabel: row.actor_label,
  action: row.action,
  entityKind: row.entity_kind,
  entityId: row.entity_id,
  oldValues: parse(row.old_values),
  newValues: parse(row.new_values),
  at: row.at,
  requestId: row.request_id,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/**
 * The events of one record (any kind, by id) in chain order, one page at a time; `relatedIds` adds the events
 * of its parts (a motion's parts and pre-advice, a round's entries, a resolution's versions).
 */
export async function listAuditEventsForEntity(
  db: Executor,
  organisationId: string,
  entityId: string,
  page: { limit: number; offset: number },
  relatedIds: string[] = [],
): Promise<{ items: AuditEventRecord[]; total: number }> {
  const base = db
    .selectFrom('audit_events')
    .where('organisation_id', '=', organisationId)
    .where('entity_id', 'in', [entityId, ...relatedIds]);
  const rows = await base.selectAll().orderBy('seq').limit(page.limit).offset(page.offset).execute();
  const count = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return { items: rows.map(toRecord), total: Number(count.n) };
}

/** Whether the organisation's audit trail has an event with this action (used as a marker, e.g. demo data loaded). */
export async function hasAuditAction(db: Executor, organisationId: string, action: string): Promise<boolean> {
  const row = await db
    .selectFrom('audit_events')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('action', '=', action)
    .executeTakeFirst();
  return row !== undefined;
}
