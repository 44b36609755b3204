import type { MemberBallot } from '../../store/repositories/member-activity.js';
import { listFollowedMotionIds } from '../../store/repositories/member-activity.js';
import { getMember, type MemberRecord } from '../../store/repositories/members.js';
import {
  type InvitationView,
  listMemberInvitations,
  listMotionInvitations,
} from '../../store/repositories/motion-invitations.js';
import { getMotion, type MotionWithSubmitters } from '../../store/repositories/motions.js';
import { listRegistrations, type RegistrationRecord } from '../../store/repositories/registrations.js';
import { missing } from '../errors.js';
import { findMotions } from '../motions/find-motions.js';
import type { ReadCase } from '../types.js';
import { canSeeMemberInvitations, canSeeMemberRegistrations, canSeeMotion } from '../visibility.js';
import { findMemberBallots } from '../votes/find-member-ballots.js';

export type MemberWorkspace = {
  member: MemberRecord;
  /** The municipality's motions as (co-)submitter, its concepts included, newest first. */
  motions: MotionWithSubmitters[];
  motionTotal: number;
  /** Invitations to co-submit another municipality's motion, waiting for an answer. */
  invitations: InvitationView[];
  ballots: MemberBallot[];
  registrations: RegistrationRecord[];
  /** Published motions the signed-in account follows. */
  followed: MotionWithSubmitters[];
};

const MOTIONS_SHOWN = 100;

/**
 * A municipality's own workspace as the reader may see it (the one read path: every part goes through the
 * read rules of src/services/visibility.ts). `email` is the signed-in account's address, for what it follows.
 */
export async function loadMemberWorkspace(
  options: ReadCase & { memberId: string; email: string | null },
): Promise<MemberWorkspace> {
  const { db, organisationId, reader, memberId } = options;
  const member = await getMember(db, organisationId, memberId);
  if (!member) throw missing('Lid', memberId);
  const [motions, invitations, ballots, registrations, followedIds] = await Promise.all([
    findMotions({
      ...options,
      query: { member: memberId },
      page: { limit: MOTIONS_SHOWN, offset: 0 },
      sort: '-created',
    }),
    canSeeMemberInvitations(reader, memberId)
      ? listMemberInvitations(db, organisationId, memberId, ['pending'])
      : [],
    findMemberBallots({ ...options, memberId }),
    canSeeMemberRegistrations(reader, memberId)
      ? listRegistrations(db, organisationId, { memberId }, { limit: 200, offset: 0 }, '-created').then(
          (r) => r.items,
        )
      : [],
    options.email ? listFollowedMotionIds(db, organisationId, options.email) : [],
  ]);
  const followed = (await Promise.all(followedIds.map((id) => getMotion(db, organisationId, id)))).filter(
    (m): m is MotionWithSubmitters => m !== undefined && canSeeMotion(reader, m),
  );
  return {
    member,
    motions: motions.items,
    motionTotal: motions.total,
    invitations,
    ballots,
    registrations,
    followed,
  };
}

/** The invitations of one of the municipality's motions (who was asked, who confirmed), for its first submitter. */
export async function loadMotionInvitations(
  options: ReadCase & { motion: MotionWithSubmitters },
): Promise<InvitationView[]> {
  const owner = options.motion.submitters[0]?.memberId;
  if (!owner || !canSeeMemberInvitations(options.reader, owner)) return [];
  return listMotionInvitations(options.db, options.organisationId, options.motion.id);
}

/**
 * An invitation to co-submit with the motion it is about, for the invited municipality: it reads the motion's
 * text to decide, even while the motion is still a concept of the inviting municipality. Anyone else: not found.
 */
export async function loadInvitation(
  options: ReadCase & { invitationId: string },
): Promise<{ invitation: InvitationView; motion: MotionWithSubmitters }> {
  const { db, organisationId, reader } = options;
  const invitation = reader.memberId
    ? (await listMemberInvitations(db, organisationId, reader.memberId)).find(
        (i) => i.id === options.invitationId,
      )
    : undefined;
  const motion = invitation && (await getMotion(db, organisationId, invitation.motionId));
  if (!invitation || !motion || !canSeeMemberInvitations(reader, invitation.memberId))
    throw missing('Uitnodiging', options.invitationId);
  return { invitation, motion };
}
