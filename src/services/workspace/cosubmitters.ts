import { getMember } from '../../store/repositories/members.js';
import {
  answerInvitation,
  getInvitation,
  inviteMember,
  type MotionInvitation,
} from '../../store/repositories/motion-invitations.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked, missing } from '../errors.js';
import { cosignMotion } from '../motions/cosign-motion.js';
import { assertBeforeVote, loadMotion } from '../motions/load-motion.js';
import type { UseCase } from '../types.js';

/**
 * The first submitter invites another municipality to co-submit its motion, before the vote. The invited
 * municipality is not a submitter until it confirms from its own workspace (answerInvitation).
 */
export async function inviteCosubmitter(
  options: UseCase & { motionId: string; memberId: string; at: string },
): Promise<MotionInvitation> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const { record } = await loadMotion(trx, writer.organisationId, options.motionId);
    assertBeforeVote(record, 'Een mede-indiener uitnodigen');
    const member = await getMember(trx, writer.organisationId, options.memberId);
    if (!member) throw invalid('lid', 'unknown_member', 'Kies een gemeente uit de lijst.');
    if (member.status !== 'active') throw invalid('lid', 'member_ceased', `${member.name} is geen lid meer.`);
    if (record.submitters.some((s) => s.memberId === member.id))
      throw invalid('lid', 'already_submitter', `${member.name} staat al bij de indieners.`);
    return inviteMember(trx, writer, {
      motionId: record.id,
      memberId: member.id,
      invitedByMemberId: record.submitters[0]?.memberId ?? null,
      at: options.at,
    });
  });
}

/**
 * The invited municipality answers: accepting adds it as co-submitter (cosignMotion, before the vote) in the same
 * transaction; declining leaves the motion as it was. Only the invited member answers, once.
 */
export async function answerCosubmitInvitation(
  options: UseCase & { invitationId: string; memberId: string; accept: boolean; at: string },
): Promise<MotionInvitation> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const invitation = await getInvitation(trx, writer.organisationId, options.invitationId);
    if (!invitation || invitation.memberId !== options.memberId)
      throw missing('Uitnodiging', options.invitationId);
    if (invitation.status !== 'pending')
      throw locked('invitation_answered', 'Deze uitnodiging is al beantwoord.');
    if (options.accept)
      await cosignMotion({ db: trx, writer, motionId: invitation.motionId, memberId: options.memberId });
    return answerInvitation(trx, writer, invitation, options.accept ? 'accepted' : 'declined', options.at);
  });
}
