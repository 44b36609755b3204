import { appendAuditEvent, type WriteContext } from '../audit.js';
import { newId } from '../clock.js';
import type { Executor } from '../database.js';
import type { MotionFollowRow } from '../schema.js';

export type MotionFollow = { id: string; motionId: string; email: string; confirmedAt: string | null };

const toFollow = (r: MotionFollowRow): MotionFollow => ({
  id: r.id,
  motionId: r.motion_id,
  email: r.email,
  confirmedAt: r.confirmed_at,
});

/**
 * Asks to follow a motion: a new row, or a new confirmation code on the address's existing row (asking again
 * sends a fresh link). The audit names the motion, never the address.
 */
export async function requestMotionFollow(
  trx: Executor,
  ctx: WriteContext,
  input: { motionId: string; email: string; confirmCodeHash: string; at: string },
): Promise<MotionFollow> {
  const existing = await trx
    .selectFrom('motion_follows')
    .selectAll()
    .where('organisation_id', '=', ctx.organisationId)
    .where('motion_id', '=', input.motionId)
    .where('email', '=', input.email)
    .executeTakeFirst();
  if (existing) {
    await trx
      .updateTable('motion_follows')
      .set({ confirm_code_hash: input.confirmCodeHash })
      .where('id', '=', existing.id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      action: 'motion.follow_requested_again',
      entityKind: 'motion-follow',
      entityId: existing.id,
      newValues: { motionId: input.motionId },
    });
    return toFollow({ ...existing, confirm_code_hash: input.confirmCodeHash });
  }
  const row: MotionFollowRow = {
    id: newId(),
    organisation_id: ctx.organisationId,
    motion_id: input.motionId,
    email: input.email,
    confirm_code_hash: input.confirmCodeHash,
    confirmed_at: null,
    created_at: input.at,
  };
  await trx.insertInto('motion_follows').values(row).execute();
  await appendAuditEvent(trx, ctx, {
    action: 'motion.follow_requested',
    entityKind: 'motion-follow',
    entityId: row.id,
    newValues: { motionId: input.motionId },
  });
  return toFollow(row);
}

export async function findFollowByCodeHash(
  db: Executor,
  organisationId: string,
  codeHash: string,
): Promise<MotionFollow | undefined> {
  const row = await db
    .selectFrom('motion_follows')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('confirm_code_hash', '=', codeHash)
    .executeTakeFirst();
  return row ? toFollow(row) : undefined;
}

/** Confirms the address (once); an earlier unsubscribe from this motion is lifted, as the person asked again. */
export async function confirmMotionFollow(
  trx: Executor,
  ctx: WriteContext,
  follow: MotionFollow,
  at: string,
): Promise<void> {
  const lifted = await trx
    .deleteFrom('email_opt_outs')
    .where('organisation_id', '=', ctx.organisationId)
    .where('email', '=', follow.email)
    .where('category', '=', `follow:${follow.motionId}`)
    .executeTakeFirst();
  if (follow.confirmedAt && Number(lifted.numDeletedRows) === 0) return;
  if (!follow.confirmedAt)
    await trx.updateTable('motion_follows').set({ confirmed_at: at }).where('id', '=', follow.id).execute();
  await appendAuditEvent(trx, ctx, {
    action: 'motion.follow_confirmed',
    entityKind: 'motion-follow',
    entityId: follow.id,
    newValues: { motionId: follow.motionId },
  });
}

/** The confirmed addresses that follow a motion. */
export async function listMotionFollowers(
  db: Executor,
  organisationId: string,
  motionId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('motion_follows')
    .select('email')
    .where('organisation_id', '=', organisationId)
    .where('motion_id', '=', motionId)
    .where('confirmed_at', 'is not', null)
    .orderBy('email')
    .execute();
  return rows.map((r) => r.email);
}
