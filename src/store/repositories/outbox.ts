import { sql } from 'kysely';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId } from '../clock.js';
import type { Executor } from '../database.js';
import type { EmailOptOutRow, OutboxMessageRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { FIRST_PAGE, type ListResult, listPage, type Page } from './shared.js';

export type OutboxMessageRecord = Camelize<OutboxMessageRow>;

import type { OutboxStatus } from '../../domain/types.js';

export type { OutboxStatus };

export type NewOutboxMessage = {
  idempotencyKey: string;
  messageId: string;
  kind: string;
  category: string;
  recipientEmail: string;
  recipientName?: string | null;
  subject: string;
  bodyText: string;
  bodyHtml: string;
  unsubscribeTokenHash?: string | null;
  entityKind?: string | null;
  entityId?: string | null;
};

/**
 * Writes a message to the outbox; call inside the transaction of the change that causes it. A second message
 * with the same idempotency key is not stored (returns false), so a job that runs twice queues one message.
 * The audit event names the kind and the key, never the address or the text.
 */
export async function enqueueOutboxMessage(
  trx: Executor,
  ctx: WriteContext,
  message: NewOutboxMessage,
  at: string,
): Promise<boolean> {
  const row: OutboxMessageRow = {
    id: newId(),
    organisation_id: ctx.organisationId,
    idempotency_key: message.idempotencyKey,
    message_id: message.messageId,
    kind: message.kind,
    category: message.category,
    recipient_email: message.recipientEmail.toLowerCase(),
    recipient_name: message.recipientName ?? null,
    subject: message.subject,
    body_text: message.bodyText,
    body_html: message.bodyHtml,
    unsubscribe_token_hash: message.unsubscribeTokenHash ?? null,
    entity_kind: message.entityKind ?? null,
    entity_id: message.entityId ?? null,
    status: 'queued',
    attempts: 0,
    next_attempt_at: at,
    lease_until: null,
    last_error: null,
    sent_at: null,
    created_at: at,
    updated_at: at,
  };
  const result = await trx
    .insertInto('outbox_messages')
    .values(row)
    .onConflict((oc) => oc.columns(['organisation_id', 'idempotency_key']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await appendAuditEvent(trx, ctx, {
    action: 'message.queued',
    entityKind: 'message',
    entityId: row.id,
    newValues: {
      kind: row.kind,
      key: row.idempotency_key,
      entityKind: row.entity_kind,
      entityId: row.entity_id,
    },
  });
  return true;
}

export async function hasOutboxMessage(db: Executor, organisationId: string, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('outbox_messages')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

const due = (now: string) =>
  sql<boolean>`((status = 'queued' and next_attempt_at <= ${now}) or (status = 'sending' and lease_until <= ${now}))`;

/**
 * Claims up to `limit` due messages for one attempt: queued ones whose time has come, and ones left 'sending' by
 * a worker that stopped before it finished (its lease ran out). Each claim is a conditional update, so two
 * workers never claim the same message.
 */
export async function claimDueMessages(
  db: Executor,
  options: { organisationId: string; now: string; leaseUntil: string; limit: number },
): Promise<OutboxMessageRecord[]> {
  const candidates = await db
    .selectFrom('outbox_messages')
    .select('id')
    .where('organisation_id', '=', options.organisationId)
    .where(due(options.now))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  const claimed: OutboxMessageRecord[] = [];
  for (const { id } of candidates) {
    const result = await db
      .updateTable('outbox_messages')
      .set((eb) => ({
        status: 'sending',
        lease_until: options.leaseUntil,
        attempts: eb('attempts', '+', 1),
        updated_at: options.now,
      }))
      .where('id', '=', id)
      .where(due(options.now))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) continue;
    const row = await db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    claimed.push(camelize(row));
  }
  return claimed;
}

type Outcome =
  | { status: 'sent'; at: string }
  | { status: 'queued'; at: string; error: string; nextAttemptAt: string }
  | { status: 'failed'; at: string; error: string };

/** Records the outcome of an attempt (only while the message is still claimed by this attempt). */
export async function recordDeliveryOutcome(
  db: Executor,
  ctx: WriteContext,
  id: string,
  outcome: Outcome,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const set: Partial<OutboxMessageRow> = {
      status: outcome.status,
      lease_until: null,
      updated_at: outcome.at,
    };
    if (outcome.status === 'sent') {
      set.sent_at = outcome.at;
      set.last_error = null;
    } else set.last_error = outcome.error.slice(0, 1000);
    if (outcome.status === 'queued') set.next_attempt_at = outcome.nextAttemptAt;
    await trx
      .updateTable('outbox_messages')
      .set(set)
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .execute();
    const row = await trx
      .selectFrom('outbox_messages')
      .select(['attempts'])
      .where('id', '=', id)
      .executeTakeFirst();
    await appendAuditEvent(trx, ctx, {
      action: `message.${outcome.status === 'queued' ? 'retry' : outcome.status}`,
      entityKind: 'message',
      entityId: id,
      newValues: {
        status: outcome.status,
        attempts: row?.attempts ?? null,
        ...(outcome.status === 'sent' ? {} : { error: set.last_error }),
      },
    });
  });
}

/** A failed message queued again by staff ("opnieuw proberen"). */
export async function requeueMessage(
  db: Executor,
  ctx: WriteContext,
  id: string,
  at: string,
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable('outbox_messages')
      .set({ status: 'queued', next_attempt_at: at, attempts: 0, updated_at: at })
      .where('organisation_id', '=', ctx.organisationId)
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await appendAuditEvent(trx, ctx, {
      action: 'message.requeued',
      entityKind: 'message',
      entityId: id,
      newValues: { status: 'queued' },
    });
    return true;
  });
}

export type OutboxFilter = { status?: string[]; kind?: string; entityId?: string };

export async function listOutboxMessages(
  db: Executor,
  organisationId: string,
  filter: OutboxFilter = {},
  page: Page = FIRST_PAGE,
): Promise<ListResult<OutboxMessageRecord>> {
  let q = db.selectFrom('outbox_messages').where('outbox_messages.organisation_id', '=', organisationId);
  if (filter.status?.length) q = q.where('outbox_messages.status', 'in', filter.status);
  if (filter.kind) q = q.where('outbox_messages.kind', '=', filter.kind);
  if (filter.entityId) q = q.where('outbox_messages.entity_id', '=', filter.entityId);
  return listPage(q, 'outbox_messages', { column: 'created_at', direction: 'desc', nullsLast: false }, page);
}

export async function getOutboxMessage(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<OutboxMessageRecord | undefined> {
  const row = await db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && camelize(row);
}

/** Number of messages per status. */
export async function countOutboxByStatus(
  db: Executor,
  organisationId: string,
): Promise<Record<OutboxStatus, number>> {
  const rows = await db
    .selectFrom('outbox_messages')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('organisation_id', '=', organisationId)
    .groupBy('status')
    .execute();
  const out: Record<OutboxStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0, cancelled: 0 };
  for (const r of rows) out[r.status as OutboxStatus] = Number(r.n);
  return out;
}

export async function findMessageByUnsubscribeHash(
  db: Executor,
  hash: string,
): Promise<OutboxMessageRecord | undefined> {
  const row = await db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('unsubscribe_token_hash', '=', hash)
    .executeTakeFirst();
  return row && camelize(row);
}

export async function hasOptedOut(
  db: Executor,
  organisationId: string,
  email: string,
  categories: string[],
): Promise<boolean> {
  const row = await db
    .selectFrom('email_opt_outs')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email.toLowerCase())
    .where('category', 'in', categories)
    .executeTakeFirst();
  return row !== undefined;
}

/** Records that an address wants no more messages of a category (idempotent); the audit names only the category. */
export async function recordOptOut(
  db: Executor,
  ctx: WriteContext,
  input: { email: string; category: string; at: string },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row: EmailOptOutRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      email: input.email.toLowerCase(),
      category: input.category,
      created_at: input.at,
    };
    const result = await trx
      .insertInto('email_opt_outs')
      .values(row)
      .onConflict((oc) => oc.columns(['organisation_id', 'email', 'category']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return;
    await appendAuditEvent(trx, ctx, {
      action: 'message.unsubscribed',
      entityKind: 'opt-out',
      entityId: row.id,
      newValues: { category: row.category },
    });
    // Messages of that category not yet sent to the address are not sent any more.
    await trx
      .updateTable('outbox_messages')
      .set({ status: 'cancelled', updated_at: input.at })
      .where('organisation_id', '=', ctx.organisationId)
      .where('recipient_email', '=', row.email)
      .where('category', '=', row.category)
      .where('status', '=', 'queued')
      .execute();
  });
}

/**
 * Removes the personal data of the messages about these records (GDPR erasure): address, name and text go, the
 * row and its status stay (so counts stay); a message still queued is cancelled.
 */
export async function eraseMessagesAbout(
  trx: Executor,
  organisationId: string,
  entityKind: string,
  entityIds: string[],
  at: string,
): Promise<number> {
  if (entityIds.length === 0) return 0;
  let erased = 0;
  for (let i = 0; i < entityIds.length; i += 500) {
    const chunk = entityIds.slice(i, i + 500);
    await trx
      .updateTable('outbox_messages')
      .set({ status: 'cancelled', updated_at: at })
      .where('organisation_id', '=', organisationId)
      .where('entity_kind', '=', entityKind)
      .where('entity_id', 'in', chunk)
      .where('status', 'in', ['queued', 'sending'])
      .execute();
    const result = await trx
      .updateTable('outbox_messages')
      .set({
        recipient_email: null,
        recipient_name: null,
        body_text: '(verwijderd)',
        body_html: '<p>(verwijderd)</p>',
        unsubscribe_token_hash: null,
        updated_at: at,
      })
      .where('organisation_id', '=', organisationId)
      .where('entity_kind', '=', entityKind)
      .where('entity_id', 'in', chunk)
      .executeTakeFirst();
    erased += Number(result.numUpdatedRows);
  }
  return erased;
}
