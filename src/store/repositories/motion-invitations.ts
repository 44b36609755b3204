import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId } from '../clock.js';
import type { Executor } from '../database.js';
import type { MotionInvitationRow } from '../schema.js';
import { getScoped, insertAudited } from './shared.js';

export type MotionInvitation = Camelize<MotionInvitationRow>;
export type InvitationStatus = MotionInvitationRow['status'];

/** An invitation with what the invited municipality needs to decide: the motion and who invites. */
export type InvitationView = MotionInvitation & {
  memberName: string;
  motionTitle: string;
  motionNumber: string | null;
  motionStatus: string;
  invitedByName: string | null;
};

/**
 * Invites a member to co-submit: a new pending row, or a declined invitation made pending again. An invitation
 * that is pending or accepted is returned as it is (inviting twice changes nothing).
 */
export async function inviteMember(
  trx: Executor,
  ctx: WriteContext,
  input: { motionId: string; memberId: string; invitedByMemberId: string | null; at: string },
): Promise<MotionInvitation> {
  const existing = await trx
    .selectFrom('motion_invitations')
    .selectAll()
    .where('organisation_id', '=', ctx.organisationId)
    .where('motion_id', '=', input.motionId)
    .where('member_id', '=', input.memberId)
    .executeTakeFirst();
  if (existing && existing.status !== 'declined') return camelize(existing);
  if (existing) {
    await trx
      .updateTable('motion_invitations')
      .set({ status: 'pending', answered_at: null, created_at: input.at })
      .where('id', '=', existing.id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      action: 'motion.cosubmitter-invited-again',
      entityKind: 'motion-invitation',
      entityId: existing.id,
      oldValues: { status: existing.status },
      newValues: { motionId: input.motionId, memberId: input.memberId, status: 'pending' },
    });
    return camelize({ ...existing, status: 'pending' as const, answered_at: null, created_at: input.at });
  }
  const row: MotionInvitationRow = {
    id: newId(),
    organisation_id: ctx.organisationId,
    motion_id: input.motionId,
    member_id: input.memberId,
    invited_by_member_id: input.invitedByMemberId,
    status: 'pending',
    created_at: input.at,
    answered_at: null,
  };
  await insertAudited(trx, ctx, 'motion_invitations', row, {
    action: 'motion.cosubmitter-invited',
    entityKind: 'motion-invitation',
  });
  return camelize(row);
}

export async function getInvitation(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<MotionInvitation | undefined> {
  return getScoped(db, 'motion_invitations', organisationId, id);
}

/** Records the invited member's answer (accepted or declined) with its audit event. */
export async function answerInvitation(
  trx: Executor,
  ctx: WriteContext,
  invitation: MotionInvitation,
  status: 'accepted' | 'declined',
  at: string,
): Promise<MotionInvitation> {
  await trx
    .updateTable('motion_invitations')
    .set({ status, answered_at: at })
    .where('id', '=', invitation.id)
    .where('organisation_id', '=', ctx.organisationId)
    .execute();
  await appendAuditEvent(trx, ctx, {
    action: status === 'accepted' ? 'motion.cosubmitter-confirmed' : 'motion.cosubmitter-declined',
    entityKind: 'motion-invitation',
    entityId: invitation.id,
    oldValues: { status: invitation.status },
    newValues: { motionId: invitation.motionId, memberId: invitation.memberId, status },
  });
  return { ...invitation, status, answeredAt: at };
}

function views(db: Executor, organisationId: string) {
  return db
    .selectFrom('motion_invitations as i')
    .innerJoin('members as m', 'm.id', 'i.member_id')
    .innerJoin('motions as mo', 'mo.id', 'i.motion_id')
    .leftJoin('members as by', 'by.id', 'i.invited_by_member_id')
    .selectAll('i')
    .select([
      'm.name as member_name',
      'mo.title as motion_title',
      'mo.number as motion_number',
      'mo.status as motion_status',
      'by.name as invited_by_name',
    ])
    .where('i.organisation_id', '=', organisationId);
}

type ViewRow = MotionInvitationRow & {
  member_name: string;
  motion_title: string;
  motion_number: string | null;
  motion_status: string;
  invited_by_name: string | null;
};

const toView = ({
  member_name,
  motion_title,
  motion_number,
  motion_status,
  invited_by_name,
  ...row
}: ViewRow): InvitationView => ({
  ...camelize(row as MotionInvitationRow),
  memberName: member_name,
  motionTitle: motion_title,
  motionNumber: motion_number,
  motionStatus: motion_status,
  invitedByName: invited_by_name,
});

/** The invitations of one motion, by invited member name. */
export async function listMotionInvitations(
  db: Executor,
  organisationId: string,
  motionId: string,
): Promise<InvitationView[]> {
  const rows = await views(db, organisationId)
    .where('i.motion_id', '=', motionId)
    .orderBy('m.name')
    .execute();
  return rows.map((r) => toView(r as ViewRow));
}

/** The invitations a member received, newest first; `status` narrows them (e.g. only pending ones). */
export async function listMemberInvitations(
  db: Executor,
  organisationId: string,
  memberId: string,
  status?: InvitationStatus[],
): Promise<InvitationView[]> {
  let q = views(db, organisationId).where('i.member_id', '=', memberId);
  if (status?.length) q = q.where('i.status', 'in', status);
  const rows = await q.orderBy('i.created_at', 'desc').orderBy('i.id').execute();
  return rows.map((r) => toView(r as ViewRow));
}
